import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  compareText,
  round,
  verifiedRate,
  z95
} from "./action-chunk-F7KGNBLY.js";

// src/core/render/formatRate.ts
function formatRate(value) {
  if (value.n === 0 || value.rate === null || !value.interval) return "–";
  const percent = (x) => Math.round(x * 100);
  return `${value.successes}/${value.n} (${percent(value.rate)}%, ${percent(value.interval.lower)}–${percent(value.interval.upper)}%)`;
}
function formatNumber(value, digits = 1) {
  return value === null || value === void 0 ? "–" : value.toFixed(digits);
}

// src/core/render/mermaidLabel.ts
function mermaidLabel(text) {
  return text.replace(/[^\p{L}\p{N} ._+-]/gu, "_").slice(0, 40) || "_";
}

// src/core/render/relativePath.ts
function relativePath(fromDir, to) {
  const from = fromDir.split("/").filter((part) => part && part !== ".");
  const target = to.split("/").filter((part) => part && part !== ".");
  let common = 0;
  while (common < from.length && common < target.length && from[common] === target[common]) common++;
  return [...from.slice(common).map(() => ".."), ...target.slice(common)].join("/");
}

// src/core/render/documentLink.ts
function documentLink(fromDir, path) {
  return encodeURI(relativePath(fromDir, path)).replace(
    /[()#?]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`
  );
}

// src/core/stats/quantile.ts
function quantile(values, q) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const below = Math.floor(h);
  const low = sorted[below] ?? 0;
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low;
  return low + (h - below) * (high - low);
}

// src/core/stats/distribution.ts
function distribution(values) {
  const rounded = (value) => value === null ? null : round(value);
  return {
    n: values.length,
    total: values.length === 0 ? null : round(values.reduce((sum, value) => sum + value, 0)),
    median: rounded(quantile(values, 0.5)),
    p90: rounded(quantile(values, 0.9))
  };
}

// src/core/aggregate/isFinished.ts
var finishedStatuses = /* @__PURE__ */ new Set(["completed", "partial", "failed", "abandoned"]);
function isFinished(record) {
  return finishedStatuses.has(record.status.claimed);
}

// src/core/aggregate/finishedMinutes.ts
function finishedMinutes(records) {
  return records.filter(isFinished).flatMap((record) => record.actualMinutes === void 0 ? [] : [record.actualMinutes]);
}

// src/core/stats/logFactorial.ts
var table = [0];
function logFactorial(n) {
  for (let k = table.length; k <= n; k++) table.push((table[k - 1] ?? 0) + Math.log(k));
  return table[n] ?? Number.NaN;
}
function logBeta(a, b) {
  return logFactorial(a - 1) + logFactorial(b - 1) - logFactorial(a + b - 1);
}

// src/core/stats/probabilityGreater.ts
function probabilityGreater(a, b) {
  const [alphaA, betaA] = [1 + a.successes, 1 + a.n - a.successes];
  const [alphaB, betaB] = [1 + b.successes, 1 + b.n - b.successes];
  let total = 0;
  for (let i = 0; i < alphaA; i++)
    total += Math.exp(
      logBeta(alphaB + i, betaB + betaA) - Math.log(betaA + i) - logBeta(1 + i, betaA) - logBeta(alphaB, betaB)
    );
  return Math.min(1, Math.max(0, total));
}

// src/core/stats/mantelHaenszel.ts
function mantelHaenszel(strata) {
  let sumR = 0;
  let sumS = 0;
  let sumPR = 0;
  let sumPSQR = 0;
  let sumQS = 0;
  for (const { a, b } of strata) {
    if (a.n === 0 || b.n === 0) continue;
    let [as, af, bs, bf] = [a.successes, a.n - a.successes, b.successes, b.n - b.successes];
    if (as === 0 || af === 0 || bs === 0 || bf === 0)
      [as, af, bs, bf] = [as + 0.5, af + 0.5, bs + 0.5, bf + 0.5];
    const n = as + af + bs + bf;
    const [p, q, r, s] = [(as + bf) / n, (af + bs) / n, as * bf / n, af * bs / n];
    sumR += r;
    sumS += s;
    sumPR += p * r;
    sumPSQR += p * s + q * r;
    sumQS += q * s;
  }
  if (sumR === 0 || sumS === 0) return void 0;
  const oddsRatio = sumR / sumS;
  const variance = sumPR / (2 * sumR ** 2) + sumPSQR / (2 * sumR * sumS) + sumQS / (2 * sumS ** 2);
  const margin = z95 * Math.sqrt(variance);
  return {
    oddsRatio,
    lower: Math.exp(Math.log(oddsRatio) - margin),
    upper: Math.exp(Math.log(oddsRatio) + margin)
  };
}

// src/core/stats/probabilityAbove.ts
function probabilityAbove(outcomes, level) {
  const trials = outcomes.n + 1;
  let total = 0;
  for (let k = 0; k <= outcomes.successes; k++)
    total += Math.exp(
      logFactorial(trials) - logFactorial(k) - logFactorial(trials - k) + k * Math.log(level) + (trials - k) * Math.log(1 - level)
    );
  return Math.min(1, Math.max(0, total));
}

// src/core/aggregate/recommend.ts
var verdictThreshold = 0.95;
var complexities = ["low", "medium", "high"];
function recommend(records, options) {
  const minSamples = options.minSamples ?? 3;
  const scope = `${options.category}${options.complexity ? ` (${options.complexity})` : ""}`;
  const relevant = records.filter(
    (record) => record.agent && record.category === options.category && (!options.complexity || record.complexity === options.complexity)
  );
  const plansOf = (agent) => relevant.filter((record) => record.agent === agent);
  const ranking = [...new Set(relevant.map((record) => record.agent))].map((agent) => {
    const verified = verifiedRate(plansOf(agent));
    return { agent, verified, score: verified.interval?.lower ?? 0 };
  }).filter((entry) => entry.verified.n > 0).sort((a, b) => {
    const eligible = Number(b.verified.n >= minSamples) - Number(a.verified.n >= minSamples);
    return eligible || b.score - a.score || (b.verified.rate ?? 0) - (a.verified.rate ?? 0) || b.verified.n - a.verified.n || compareText(a.agent, b.agent);
  });
  const base = {
    method: "beta-posterior",
    threshold: verdictThreshold,
    minSamples,
    ranking
  };
  const [first] = ranking;
  if (!first) {
    return {
      ...base,
      verdict: "not_enough_data",
      probability: null,
      reason: `No finished, verifiable plans in ${scope} yet.`
    };
  }
  const [leader, ...rivals] = ranking.filter((entry) => entry.verified.n >= minSamples);
  const tooFew = ranking.filter((entry) => entry.verified.n < minSamples);
  const others = tooFew.length ? ` ${tooFew.map(describe).join(", ")} ${tooFew.length === 1 ? "has" : "have"} fewer than ${minSamples} verifiable plans, too few to compare.` : "";
  if (!leader) {
    return {
      ...base,
      verdict: "not_enough_data",
      probability: null,
      reason: `No agent has ${minSamples} verifiable plans in ${scope}; the most is ${describe(first)}.`
    };
  }
  if (rivals.length === 0) {
    const above = probabilityAbove(leader.verified, 0.5);
    const alone = `${describe(leader)} is the only agent with ${minSamples} or more verifiable plans in ${scope}`;
    const verdict = above >= verdictThreshold ? "clear_choice" : 1 - above >= verdictThreshold ? "no_good_choice" : "not_enough_data";
    const words = {
      clear_choice: `it succeeds more often than not with probability ${formatProbability(above)}`,
      no_good_choice: `it fails more often than it succeeds with probability ${formatProbability(1 - above)}`,
      not_enough_data: `whether it succeeds more often than not is still open (probability ${formatProbability(above)}, below ${verdictThreshold})`
    }[verdict];
    return {
      ...base,
      verdict,
      probability: round(above),
      ...verdict === "clear_choice" ? { recommended: leader.agent } : {},
      reason: `${alone}: ${words}.${others}`
    };
  }
  const [closest, probability] = rivals.map((rival) => [rival, probabilityGreater(leader.verified, rival.verified)]).reduce((a, b) => b[1] < a[1] ? b : a);
  const versus = `${leader.agent} beats ${closest.agent} with probability ${formatProbability(probability)} (${counts(leader)} vs ${counts(closest)})`;
  if (probability < verdictThreshold)
    return {
      ...base,
      verdict: "tie",
      probability: round(probability),
      reason: `${versus}, below ${verdictThreshold}: more plans are needed to tell them apart.${others}`
    };
  const within = withinComplexity(plansOf(leader.agent), plansOf(closest.agent));
  if (within) {
    const odds = within.result ? `Mantel–Haenszel odds ratio ${within.result.oddsRatio.toFixed(2)}, 95% interval ${within.result.lower.toFixed(2)}–${within.result.upper.toFixed(2)}` : "they share no complexity to compare within";
    const stratified = {
      by: "complexity",
      ...within.result ? {
        oddsRatio: round(within.result.oddsRatio),
        interval: { lower: round(within.result.lower), upper: round(within.result.upper) }
      } : {}
    };
    if (!within.result || within.result.lower <= 1)
      return {
        ...base,
        verdict: "tie",
        probability: round(probability),
        stratified,
        reason: `${versus}, but within complexity the lead does not hold (${odds}).${others}`
      };
    return {
      ...base,
      verdict: "clear_choice",
      recommended: leader.agent,
      probability: round(probability),
      stratified,
      reason: `${versus}, and the lead holds within complexity (${odds}).${others}`
    };
  }
  return {
    ...base,
    verdict: "clear_choice",
    recommended: leader.agent,
    probability: round(probability),
    reason: `${versus}.${others}`
  };
}
function withinComplexity(leader, rival) {
  const decided = (plans) => plans.filter(
    (record) => record.status.verified === "success" || record.status.verified === "failure"
  );
  const [ours, theirs] = [decided(leader), decided(rival)];
  if (new Set([...ours, ...theirs].map((record) => record.complexity)).size <= 1) return void 0;
  return {
    result: mantelHaenszel(
      complexities.map((level) => ({
        a: verifiedRate(ours.filter((record) => record.complexity === level)),
        b: verifiedRate(theirs.filter((record) => record.complexity === level))
      }))
    )
  };
}
function describe(entry) {
  return `${entry.agent} (${entry.verified.successes} of ${entry.verified.n} verified, 95% interval ${formatInterval(entry)})`;
}
function counts(entry) {
  return `${entry.verified.successes}/${entry.verified.n}`;
}
function formatProbability(probability) {
  if (probability > 0.99) return "above 0.99";
  if (probability < 0.01) return "below 0.01";
  return probability.toFixed(2);
}
function formatInterval(entry) {
  const interval = entry.verified.interval;
  return interval ? `${Math.round(interval.lower * 100)}–${Math.round(interval.upper * 100)}%` : "none";
}

export {
  distribution,
  isFinished,
  finishedMinutes,
  probabilityGreater,
  verdictThreshold,
  recommend,
  formatRate,
  formatNumber,
  mermaidLabel,
  documentLink
};
