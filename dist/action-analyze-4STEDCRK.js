import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);
import {
  distribution,
  documentLink,
  finishedMinutes,
  formatNumber,
  formatRate,
  isFinished,
  mermaidLabel,
  probabilityGreater,
  recommend,
  verdictThreshold
} from "./action-chunk-CGPHS5E6.js";
import {
  renamePairs
} from "./action-chunk-J5MRMYUC.js";
import {
  checkFiles,
  findDocuments,
  finishCheck,
  readDocumentFile
} from "./action-chunk-YIH567SY.js";
import {
  analysedPlans,
  cacheStamp,
  compareText,
  documentGlobs,
  loadConfig,
  package_default,
  rate,
  round,
  stableJson,
  verifiedRate,
  wilsonInterval
} from "./action-chunk-F7KGNBLY.js";
import {
  checkOutputPath,
  escapeMarkdown,
  gitBlobId,
  gitEnvironment,
  runGit
} from "./action-chunk-I4IP3VWX.js";
import {
  checkedFileProblem
} from "./action-chunk-NZUIOJWI.js";
import "./action-chunk-TS34OH7L.js";
import {
  deserializeChecked,
  resolveConfig,
  serializeChecked
} from "./action-chunk-WBEEON2P.js";
import {
  schemaValidator
} from "./action-chunk-K4PHLBO5.js";
import "./action-chunk-VM4L7V5K.js";

// src/pipeline/analyze.ts
import { relative, resolve as resolve3 } from "node:path";

// src/core/rollup/repositoryName.ts
var maxLength = 2048;
var ownerName = /^\/?([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100}?)(?:\.git)?\/?$/;
function repositoryName(url) {
  const text = url.trim();
  if (text.length === 0 || text.length > maxLength) return null;
  let path;
  const scheme = /^(?:https?|ssh|git):\/\/([^/]*)(\/.*)$/.exec(text);
  if (scheme) path = scheme[2];
  else {
    const scp = /^(?:[^@/:]+@)?[^@/:]+:(.*)$/.exec(text);
    if (scp) path = scp[1];
  }
  if (path === void 0) return null;
  const match = ownerName.exec(path);
  return match ? `${match[1]}/${match[2]}` : null;
}

// src/adapters/gitRemoteRepository.ts
async function gitRemoteRepository(cwd) {
  const url = await runGit(cwd, ["remote", "get-url", "origin"]);
  return url === void 0 ? null : repositoryName(url);
}

// src/adapters/gitMoves.ts
async function gitMoves(cwd) {
  const log = await runGit(cwd, [
    "log",
    "--relative",
    "--diff-filter=R",
    "-M",
    "--name-status",
    "-z",
    "--format=",
    "--",
    "."
  ]);
  const movedTo = /* @__PURE__ */ new Map();
  for (const { from, to } of renamePairs(log ?? ""))
    if (!movedTo.has(from)) movedTo.set(from, movedTo.get(to) ?? to);
  return movedTo;
}

// src/adapters/gitFirstRecord.ts
import { spawn } from "node:child_process";
import { StringDecoder } from "node:string_decoder";
var recordSeparator = "";
function gitFirstRecord(cwd, args, matches) {
  return new Promise((resolve4) => {
    const git = spawn("git", args, {
      cwd,
      env: gitEnvironment(),
      stdio: ["ignore", "pipe", "ignore"]
    });
    const decoder = new StringDecoder("utf8");
    let pending = "";
    let found;
    const take = (records) => {
      for (const record of records)
        if (record && matches(record)) {
          found = record;
          git.kill();
          return;
        }
    };
    git.stdout.on("data", (chunk) => {
      if (found !== void 0) return;
      const records = (pending + decoder.write(chunk)).split(recordSeparator);
      pending = records.pop() ?? "";
      take(records);
    });
    git.on("error", () => resolve4(void 0));
    git.on("close", (code) => {
      if (found === void 0 && code === 0) take([pending + decoder.end()]);
      resolve4(found);
    });
  });
}

// src/adapters/gitSource.ts
async function gitSource(cwd, isInput) {
  const record = await gitFirstRecord(
    cwd,
    ["log", "--relative", "--no-renames", "--name-only", "-z", "--format=%x1e%H %ct", "--", "."],
    (candidate) => (candidate.split("\0\n")[1] ?? "").split("\0").some((path) => path !== "" && isInput(path))
  );
  const [commit, seconds] = (record?.split("\0\n")[0] ?? "").replace(/\0$/, "").split(" ");
  const found = commit && seconds ? { commit, seconds } : void 0;
  if (!found) return { commit: null, date: null };
  const source = {
    commit: found.commit,
    date: new Date(Number(found.seconds) * 1e3).toISOString().replace(/\.000Z$/, "Z")
  };
  if ((await changedInputs(cwd)).some(isInput)) source.uncommittedChanges = true;
  return source;
}
async function changedInputs(cwd) {
  const [changed, untracked] = await Promise.all([
    runGit(cwd, ["diff", "--relative", "--name-only", "--no-renames", "-z", "HEAD", "--", "."]),
    runGit(cwd, ["ls-files", "--others", "--exclude-standard", "-z", "--", "."])
  ]);
  return `${changed ?? ""}\0${untracked ?? ""}`.split("\0").filter(Boolean);
}

// src/core/stats/mean.ts
function mean(values) {
  if (values.length === 0) return { n: 0, mean: null };
  return {
    n: values.length,
    mean: round(values.reduce((sum, value) => sum + value, 0) / values.length)
  };
}
function median(values) {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const value = sorted.length % 2 === 1 ? sorted[middle] ?? 0 : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return round(value);
}

// src/core/aggregate/estimateCalibration.ts
function estimateCalibration(finished) {
  const excluded = { notCompleted: 0, noEstimate: 0, incompleteMeasurement: 0 };
  const basis = { measured: 0, claimed: 0 };
  const ratios = [];
  for (const record of finished) {
    const actual = record.measuredMinutes ?? record.actualMinutes;
    if (record.status.claimed !== "completed") excluded.notCompleted++;
    else if (!record.estimatedMinutes) excluded.noEstimate++;
    else if (actual === void 0) excluded.incompleteMeasurement++;
    else {
      ratios.push(actual / record.estimatedMinutes);
      basis[record.measuredMinutes === void 0 ? "claimed" : "measured"]++;
    }
  }
  return { n: ratios.length, median: median(ratios), mean: mean(ratios).mean, excluded, basis };
}

// src/core/aggregate/evidencedRate.ts
function evidencedRate(records) {
  const decided = records.filter(
    (record) => record.status.evidence === "evidenced" || record.status.evidence === "contradicted" || record.status.verified === "failure"
  );
  return rate(
    decided.filter((record) => record.status.evidence === "evidenced").length,
    decided.length
  );
}

// src/core/aggregate/usage.ts
function usage(records) {
  const finished = records.filter(isFinished);
  const currencies = [
    ...new Set(finished.flatMap((record) => record.cost ? [record.cost.currency] : []))
  ].sort(compareText);
  return {
    inputTokens: distribution(
      finished.flatMap(
        (record) => record.tokens?.input === void 0 ? [] : [record.tokens.input]
      )
    ),
    outputTokens: distribution(
      finished.flatMap(
        (record) => record.tokens?.output === void 0 ? [] : [record.tokens.output]
      )
    ),
    cost: currencies.map((currency) => {
      const paid = finished.filter((record) => record.cost?.currency === currency);
      const cost = distribution(paid.map((record) => record.cost?.amount ?? 0));
      const verifiedSuccesses = paid.filter((record) => record.status.verified === "success").length;
      return {
        currency,
        cost,
        verifiedSuccesses,
        perVerifiedSuccess: verifiedSuccesses === 0 || cost.total === null ? null : round(cost.total / verifiedSuccesses)
      };
    })
  };
}

// src/core/aggregate/agentPerformance.ts
function agentPerformance(records) {
  const agents = [
    ...new Set(records.flatMap((record) => record.agent ? [record.agent] : []))
  ].sort(compareText);
  return agents.map((agent) => {
    const own = records.filter((record) => record.agent === agent);
    const byStatus = {};
    for (const record of own)
      byStatus[record.status.claimed] = (byStatus[record.status.claimed] ?? 0) + 1;
    const closed = own.filter(isFinished);
    const calibration = estimateCalibration(closed);
    const byRule = {};
    for (const finding of own.flatMap((record) => record.findings))
      byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1;
    const categories = [
      ...new Set(own.flatMap((record) => record.category ? [record.category] : []))
    ].sort(compareText);
    return {
      agent,
      plans: own.length,
      byStatus,
      claimed: rate(
        closed.filter((record) => record.status.claimed === "completed").length,
        closed.length
      ),
      verified: verifiedRate(own),
      evidenced: evidencedRate(own),
      unverifiable: own.filter((record) => record.status.verified === "unverifiable").length,
      quality: {
        self: mean(
          own.flatMap((record) => record.quality.self === void 0 ? [] : [record.quality.self])
        ),
        reviewer: mean(
          own.flatMap(
            (record) => record.quality.reviewer === void 0 ? [] : [record.quality.reviewer]
          )
        ),
        calibrationGap: mean(
          own.flatMap(
            (record) => record.quality.self === void 0 || record.quality.reviewer === void 0 ? [] : [record.quality.self - record.quality.reviewer]
          )
        )
      },
      estimateAccuracy: calibration,
      durationMinutes: distribution(finishedMinutes(own)),
      usage: usage(own),
      findings: { total: own.reduce((sum, record) => sum + record.findings.length, 0), byRule },
      categories: categories.map((category) => {
        const inCategory = own.filter((record) => record.category === category);
        return { category, plans: inCategory.length, verified: verifiedRate(inCategory) };
      })
    };
  });
}

// src/core/stats/newcombeInterval.ts
function newcombeInterval(a, b) {
  const pa = a.successes / a.n;
  const pb = b.successes / b.n;
  const wa = wilsonInterval(a.successes, a.n);
  const wb = wilsonInterval(b.successes, b.n);
  const difference2 = pa - pb;
  return {
    lower: difference2 - Math.sqrt((pa - wa.lower) ** 2 + (wb.upper - pb) ** 2),
    upper: difference2 + Math.sqrt((wa.upper - pa) ** 2 + (pb - wb.lower) ** 2)
  };
}

// src/core/aggregate/compareVersions.ts
function compareVersions(a, b) {
  const left = a.split(/[.-]/);
  const right = b.split(/[.-]/);
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const x = left[index] ?? "";
    const y = right[index] ?? "";
    const difference2 = /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0;
    if (difference2 !== 0) return difference2;
  }
  return 0;
}

// src/core/aggregate/promptEffectiveness.ts
function promptEffectiveness(records, known) {
  const uses = records.flatMap(
    (record) => record.prompts.map((reference) => ({ record, ...parseReference(reference) }))
  );
  const ids = [
    .../* @__PURE__ */ new Set([...known.map((prompt) => prompt.id), ...uses.map((use) => use.id)])
  ].sort(compareText);
  return ids.map((id) => {
    const versions = [
      .../* @__PURE__ */ new Set([
        ...known.filter((prompt) => prompt.id === id).map((prompt) => prompt.version),
        ...uses.filter((use) => use.id === id).map((use) => use.version)
      ])
    ].sort(compareVersions);
    let previous;
    const metrics = versions.map((version) => {
      const plans = uses.filter((use) => use.id === id && use.version === version).map((use) => use.record);
      const file = known.find((prompt) => prompt.id === id && prompt.version === version);
      const selfScores = plans.flatMap(
        (record) => record.quality.self === void 0 ? [] : [record.quality.self]
      );
      const self = mean(selfScores);
      const verified = verifiedRate(plans);
      const current = {
        version,
        verified,
        successRate: verified.n > 0 ? verified.successes / verified.n : null,
        selfMean: selfScores.length > 0 ? selfScores.reduce((sum, score) => sum + score, 0) / selfScores.length : null
      };
      const entry = {
        version,
        known: file !== void 0,
        blobIds: [
          ...new Set(
            known.filter((prompt) => prompt.id === id && prompt.version === version).flatMap((prompt) => prompt.blobIds)
          )
        ].sort(),
        plans: plans.length,
        verified,
        quality: {
          self,
          reviewer: mean(
            plans.flatMap(
              (record) => record.quality.reviewer === void 0 ? [] : [record.quality.reviewer]
            )
          )
        },
        usage: usage(plans),
        agents: [...new Set(plans.flatMap((record) => record.agent ? [record.agent] : []))].sort(compareText).map((agent) => {
          const own = plans.filter((record) => record.agent === agent);
          return { agent, plans: own.length, verified: verifiedRate(own) };
        }),
        deltaToPrevious: previous ? {
          previousVersion: previous.version,
          ...versionChange(verified, previous.verified),
          verifiedRate: difference(current.successRate, previous.successRate),
          selfQuality: difference(current.selfMean, previous.selfMean)
        } : null
      };
      if (file) entry.path = file.path;
      previous = current;
      return entry;
    });
    return { id, versions: metrics };
  });
}
function parseReference(reference) {
  const at = reference.lastIndexOf("@");
  return at > 0 ? { id: reference.slice(0, at), version: reference.slice(at + 1) } : { id: reference, version: "unversioned" };
}
function difference(current, previous) {
  return current === null || previous === null ? null : round(current - previous);
}
function versionChange(current, previous) {
  if (current.n === 0 || previous.n === 0)
    return { verifiedRateInterval: null, probabilityBetter: null, verdict: "cant_tell" };
  const probability = probabilityGreater(current, previous);
  const { lower, upper } = newcombeInterval(current, previous);
  return {
    verifiedRateInterval: { lower: round(lower), upper: round(upper) },
    probabilityBetter: round(probability),
    verdict: probability >= verdictThreshold ? "better" : 1 - probability >= verdictThreshold ? "worse" : "cant_tell"
  };
}

// src/core/aggregate/taskAnalytics.ts
var complexities = ["all", "high", "low", "medium"];
function taskAnalytics(plans, categories, minSamples) {
  const names = [
    ...new Set(plans.flatMap(({ record }) => record.category ? [record.category] : []))
  ].sort(compareText);
  return names.flatMap(
    (category) => complexities.flatMap((complexity) => {
      const scope = plans.filter(
        ({ record }) => record.category === category && (complexity === "all" || record.complexity === complexity)
      );
      if (scope.length === 0) return [];
      const records = scope.map(({ record }) => record);
      const band = complexity === "all" || !Object.hasOwn(categories, category) ? void 0 : categories[category]?.[complexity];
      return [
        {
          category,
          complexity,
          plans: records.length,
          verified: verifiedRate(records),
          durationMinutes: distribution(finishedMinutes(records)),
          estimateAccuracy: estimateCalibration(records.filter(isFinished)),
          usage: usage(records),
          expectedMinutes: band ?? null,
          band: bandCounts(records, band),
          recommendation: recommend(records, {
            category,
            ...complexity === "all" ? {} : { complexity },
            minSamples
          }),
          frequentRisks: frequentRisks(scope)
        }
      ];
    })
  );
}
function bandCounts(records, band) {
  const counts = { below: 0, within: 0, above: 0 };
  if (!band) return counts;
  for (const minutes of finishedMinutes(records)) {
    if (minutes < band.min) counts.below++;
    else if (band.max !== void 0 && minutes > band.max) counts.above++;
    else counts.within++;
  }
  return counts;
}
function frequentRisks(plans) {
  const counts = /* @__PURE__ */ new Map();
  for (const risk of plans.flatMap((plan) => plan.risks)) {
    const key = risk.toLowerCase().replace(/\s+/g, " ").trim();
    if (!key) continue;
    const entry = counts.get(key) ?? { risk, count: 0 };
    entry.count++;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || compareText(a.risk, b.risk)).slice(0, 3);
}

// src/core/aggregate/aggregate.ts
function aggregate(documents, options = {}) {
  const config = resolveConfig(options.config);
  const source = options.source ?? { commit: null, date: null };
  const plans = analysedPlans(documents, options.moves, options.evidence, options.plans);
  const records = plans.map(({ record }) => record);
  const known = knownPrompts(documents, options.promptRevisions ?? /* @__PURE__ */ new Map());
  const analytics = {
    plans: { schemaVersion: 1, source, repository: options.repository ?? null, plans: records },
    agentPerformance: { schemaVersion: 1, source, agents: agentPerformance(records) },
    taskAnalytics: {
      schemaVersion: 1,
      source,
      categories: taskAnalytics(plans, config.categories, config.minSamples)
    },
    promptEffectiveness: { schemaVersion: 1, source, prompts: promptEffectiveness(records, known) }
  };
  assertValid("plans", analytics.plans);
  assertValid("agent-performance", analytics.agentPerformance);
  assertValid("task-analytics", analytics.taskAnalytics);
  assertValid("prompt-effectiveness", analytics.promptEffectiveness);
  return analytics;
}
function assertValid(name, data) {
  const validate = schemaValidator(name);
  if (!validate(data))
    throw new Error(
      `planmark produced an invalid ${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`
    );
}
function knownPrompts(documents, revisions) {
  const known = /* @__PURE__ */ new Map();
  for (const { document } of documents) {
    if (document.kind !== "prompt" || !document.id) continue;
    const id = document.id;
    const states = [...revisions.get(document.identity.path) ?? []];
    if (document.version)
      states.push({
        commit: null,
        blobId: document.identity.blobId ?? "",
        version: document.version
      });
    for (const state of states) {
      if (!state.version) continue;
      const key = `${id}@${state.version}`;
      const entry = known.get(key) ?? {
        id,
        version: state.version,
        path: document.identity.path,
        blobIds: []
      };
      if (state.blobId && !entry.blobIds.includes(state.blobId)) entry.blobIds.push(state.blobId);
      known.set(key, entry);
    }
  }
  return [...known.values()].sort(
    (a, b) => compareText(a.path, b.path) || compareText(a.version, b.version)
  );
}

// src/core/render/formatUsage.ts
function formatSpread(value, digits = 0) {
  if (value.n === 0) return "–";
  return `${formatNumber(value.median, digits)} / ${formatNumber(value.p90, digits)} (n=${value.n})`;
}
function formatTokens(value) {
  const side = (distribution2, word) => distribution2.n === 0 ? [] : [`${formatNumber(distribution2.total, 0)} ${word}`];
  const parts = [...side(value.inputTokens, "in"), ...side(value.outputTokens, "out")];
  return parts.length === 0 ? "–" : parts.join(", ");
}
function formatCost(value) {
  if (value.cost.length === 0) return "–";
  return value.cost.map(
    ({ currency, cost, perVerifiedSuccess }) => `${formatNumber(cost.total, 2)} ${currency} (median ${formatNumber(cost.median, 2)}, p90 ${formatNumber(cost.p90, 2)}, n=${cost.n}; ${perVerifiedSuccess === null ? "no verified success" : `${formatNumber(perVerifiedSuccess, 2)} per verified success`})`
  ).join("; ");
}

// src/core/render/evidenceSection.ts
var sources = [
  ["document", "named by the document"],
  ["trailer", "a co-author trailer"],
  ["author", "a commit author or committer"],
  ["branch", "a merged branch name"],
  ["configuration", "a configured signature"]
];
function evidenceSection(analytics, reportDir) {
  const records = analytics.plans.plans;
  const lines = [
    "## Evidence",
    "",
    "What git history (and, in the Action, GitHub) shows beyond what the plans say. Each signal and what it cannot see is described in docs/metrics.md.",
    ""
  ];
  const counts = sources.map(
    ([source, words]) => `${records.filter((record) => record.agentSource === source).length} ${words}`
  );
  const none = records.filter((record) => record.agentSource === void 0).length;
  lines.push(`- **Agent attribution**: ${counts.join(", ")}; ${none} with no agent.`);
  const measured = records.filter((record) => record.measuredMinutes !== void 0);
  lines.push(
    `- **Time**: ${measured.length} of ${records.length} plans measured by git (creation to completion commit).`,
    `- **Outcome levels**: ${["evidenced", "consistent", "claimed", "contradicted"].map(
      (level) => `${records.filter((record) => record.status.evidence === level).length} ${level}`
    ).join(", ")}.`,
    ""
  );
  const timed = measured.filter((record) => record.actualMinutes !== void 0);
  if (timed.length > 0) {
    lines.push(
      "| Plan | Claimed minutes | Measured by git | Contradicted |",
      "| --- | ---: | ---: | --- |"
    );
    for (const record of timed)
      lines.push(
        `| [${escapeMarkdown(record.title)}](${documentLink(reportDir, record.path)}) | ${formatNumber(record.actualMinutes, 0)} | ${formatNumber(record.measuredMinutes, 0)} | ${record.findings.some((finding) => finding.ruleId === "timeline-contradicts-git") ? "yes" : ""} |`
      );
    lines.push("");
  }
  const agents = analytics.agentPerformance.agents;
  if (agents.length > 0) {
    lines.push(
      "| Agent | Consistent success (verified) | Evidenced success | Contradicted |",
      "| --- | --- | --- | ---: |"
    );
    for (const agent of agents) {
      const contradicted = records.filter(
        (record) => record.agent === agent.agent && record.status.evidence === "contradicted"
      ).length;
      lines.push(
        `| ${escapeMarkdown(agent.agent)} | ${formatRate(agent.verified)} | ${formatRate(agent.evidenced)} | ${contradicted} |`
      );
    }
    lines.push("");
  }
  return lines;
}

// src/core/render/renderReport.ts
var verdictWords = {
  clear_choice: "Clear choice",
  tie: "Tie",
  not_enough_data: "Not enough data",
  no_good_choice: "No good choice"
};
var versionVerdicts = {
  better: "better",
  worse: "worse",
  cant_tell: "can’t tell yet"
};
function renderReport(analytics, options) {
  const { plans, agentPerformance: agentPerformance2, taskAnalytics: taskAnalytics2, promptEffectiveness: promptEffectiveness2 } = analytics;
  const agents = agentPerformance2.agents;
  const records = plans.plans;
  const source = plans.source.commit ? `commit \`${plans.source.commit.slice(0, 12)}\` (${plans.source.date})${plans.source.uncommittedChanges ? " and uncommitted changes to its documents" : ""}` : "a working tree outside git";
  const lines = options.intro ? [...options.intro] : [
    "# Agent performance report",
    "",
    `Computed by planmark from ${source}. The metrics are defined in planmark's docs/metrics.md.`,
    ""
  ];
  const decided = records.filter(
    (record) => record.status.verified === "success" || record.status.verified === "failure"
  );
  const claimedDone = records.filter((record) => record.status.claimed === "completed").length;
  const verifiedDone = records.filter((record) => record.status.verified === "success").length;
  const findings = records.flatMap(
    (record) => record.findings.map((finding) => ({ ...finding, path: record.path }))
  );
  lines.push(
    "## Summary",
    "",
    `- **Plans**: ${records.length} from ${agents.length} agents; ${decided.length} finished with a verifiable outcome, ${records.filter((record) => record.status.verified === "open").length} open.`,
    `- **Claimed completed**: ${claimedDone}; **verified** (every success criterion and step checked): ${verifiedDone}.`,
    `- **Findings in plans**: ${findings.filter((finding) => finding.severity === "error").length} errors, ${findings.filter((finding) => finding.severity === "warning").length} warnings.`,
    ""
  );
  lines.push(
    "## Leaderboard",
    "",
    "Ranked by the lower bound of the 95% interval of verified success, so a small sample does not look better than it is.",
    ""
  );
  lines.push(
    "| Agent | Plans | Claimed success | Verified success | Unverifiable | Findings |",
    "| --- | ---: | --- | --- | ---: | ---: |"
  );
  const ranked = [...agents].sort(
    (a, b) => (b.verified.interval?.lower ?? -1) - (a.verified.interval?.lower ?? -1) || (a.agent < b.agent ? -1 : 1)
  );
  for (const agent of ranked) {
    lines.push(
      `| ${escapeMarkdown(agent.agent)} | ${agent.plans} | ${formatRate(agent.claimed)} | ${formatRate(agent.verified)} | ${agent.unverifiable} | ${agent.findings.total} |`
    );
  }
  lines.push("");
  if (ranked.some((agent) => agent.verified.rate !== null)) {
    lines.push(
      "```mermaid",
      "xychart-beta",
      '  title "Verified success by agent (%)"',
      `  x-axis [${ranked.map((agent) => `"${mermaidLabel(agent.agent)}"`).join(", ")}]`,
      '  y-axis "Verified success (%)" 0 --> 100',
      `  bar [${ranked.map((agent) => Math.round((agent.verified.rate ?? 0) * 100)).join(", ")}]`,
      `  line [${ranked.map((agent) => Math.round((agent.verified.interval?.lower ?? 0) * 100)).join(", ")}]`,
      `  line [${ranked.map((agent) => Math.round((agent.verified.interval?.upper ?? 0) * 100)).join(", ")}]`,
      "```",
      "",
      "Bars: verified success; lines: the lower and upper ends of its 95% interval, so a short bar on few plans is read with its uncertainty. An agent at 0% has no bar; its upper line still shows how high its rate could be.",
      ""
    );
  }
  const categories = [...new Set(taskAnalytics2.categories.map((entry) => entry.category))];
  if (categories.length > 0 && agents.length > 0) {
    lines.push(
      "## Agent × category",
      "",
      "Verified successes / verifiable plans (rate, 95% interval).",
      ""
    );
    lines.push(
      `| Agent | ${categories.map(escapeMarkdown).join(" | ")} |`,
      `| --- |${categories.map(() => " --- |").join("")}`
    );
    for (const agent of agents) {
      const cells = categories.map((category) => {
        const entry = agent.categories.find((candidate) => candidate.category === category);
        return entry ? formatRate(entry.verified) : "";
      });
      lines.push(`| ${escapeMarkdown(agent.agent)} | ${cells.join(" | ")} |`);
    }
    lines.push("");
  }
  const overall = taskAnalytics2.categories.filter((entry) => entry.complexity === "all");
  if (overall.length > 0) {
    lines.push(
      "## Recommendations",
      "",
      "Which agent to give the next task of each category, and how sure that is.",
      ""
    );
    lines.push(
      "| Category | Plans | Verified success | Median minutes | Verdict | Why |",
      "| --- | ---: | --- | --- | --- | --- |"
    );
    for (const entry of overall) {
      const verdict = verdictWords[entry.recommendation.verdict];
      const pick = entry.recommendation.recommended ? `: **${escapeMarkdown(entry.recommendation.recommended)}**` : "";
      lines.push(
        `| ${escapeMarkdown(entry.category)} | ${entry.plans} | ${formatRate(entry.verified)} | ${formatNumber(entry.durationMinutes.median, 0)} | ${verdict}${pick} | ${escapeMarkdown(entry.recommendation.reason)} |`
      );
    }
    lines.push("");
  }
  if (promptEffectiveness2.prompts.length > 0) {
    lines.push(
      "## Prompt versions",
      "",
      "| Prompt | Version | Plans | Verified success | Self quality | Change vs previous |",
      "| --- | --- | ---: | --- | ---: | --- |"
    );
    for (const prompt of promptEffectiveness2.prompts) {
      for (const version of prompt.versions) {
        const delta = version.deltaToPrevious;
        const change = delta ? `vs ${escapeMarkdown(delta.previousVersion)}: ${versionVerdicts[delta.verdict]}; success ${signed(delta.verifiedRate, 100, "%")}${delta.verifiedRateInterval ? ` (95% interval ${signed(delta.verifiedRateInterval.lower, 100, "")} to ${signed(delta.verifiedRateInterval.upper, 100, "%")})` : ""}, quality ${signed(delta.selfQuality, 1, "")}` : "–";
        const name = version.known ? escapeMarkdown(version.version) : `${escapeMarkdown(version.version)} (no prompt file)`;
        lines.push(
          `| ${escapeMarkdown(prompt.id)} | ${name} | ${version.plans} | ${formatRate(version.verified)} | ${formatNumber(version.quality.self.mean)} | ${change} |`
        );
      }
    }
    lines.push("");
  }
  lines.push(
    "## Calibration",
    "",
    "Self-reported quality against reviewers’ (analyses), and actual against estimated time (1.0 is on time), on finished plans that claim completed and have an estimate and a complete time measurement (git’s measured minutes where the history has them, else every phase timed, or a Total Duration).",
    ""
  );
  lines.push(
    "| Agent | Self quality | Reviewer quality | Gap (self − reviewer) | Estimate accuracy (median, n) | Finished plans left out |",
    "| --- | ---: | ---: | ---: | --- | --- |"
  );
  for (const agent of agents) {
    const { self, reviewer, calibrationGap } = agent.quality;
    lines.push(
      `| ${escapeMarkdown(agent.agent)} | ${formatNumber(self.mean)} | ${formatNumber(reviewer.mean)} | ${calibrationGap.mean === null ? "–" : `${signed(calibrationGap.mean, 1, "")} (n=${calibrationGap.n})`} | ${agent.estimateAccuracy.median === null ? "–" : `${formatNumber(agent.estimateAccuracy.median, 2)} (n=${agent.estimateAccuracy.n}${agent.estimateAccuracy.basis.measured > 0 ? `, ${agent.estimateAccuracy.basis.measured} measured by git` : ""})`} | ${leftOut(agent.estimateAccuracy.excluded)} |`
    );
  }
  lines.push("");
  lines.push(
    "## Time and cost",
    "",
    "Actual minutes of finished plans as median / 90th percentile (linear interpolation, as numpy.percentile), tokens and stated cost of finished plans; cost per verified success counts what failures cost too.",
    "",
    "| Agent | Minutes p50 / p90 | Tokens | Cost |",
    "| --- | --- | --- | --- |"
  );
  for (const agent of agents)
    lines.push(
      `| ${escapeMarkdown(agent.agent)} | ${formatSpread(agent.durationMinutes)} | ${formatTokens(agent.usage)} | ${formatCost(agent.usage)} |`
    );
  lines.push("");
  if (overall.length > 0) {
    lines.push(
      "| Category | Minutes p50 / p90 | Estimate accuracy (median, n) | Finished plans left out | Tokens | Cost |",
      "| --- | --- | --- | --- | --- | --- |"
    );
    for (const entry of overall)
      lines.push(
        `| ${escapeMarkdown(entry.category)} | ${formatSpread(entry.durationMinutes)} | ${entry.estimateAccuracy.median === null ? "–" : `${formatNumber(entry.estimateAccuracy.median, 2)} (n=${entry.estimateAccuracy.n})`} | ${leftOut(entry.estimateAccuracy.excluded)} | ${formatTokens(entry.usage)} | ${formatCost(entry.usage)} |`
      );
    lines.push("");
  }
  const versionsWithCost = promptEffectiveness2.prompts.flatMap(
    (prompt) => prompt.versions.filter((version) => version.usage.cost.length > 0 || version.usage.inputTokens.n > 0).map((version) => ({ id: prompt.id, version }))
  );
  if (versionsWithCost.length > 0) {
    lines.push("| Prompt | Version | Tokens | Cost |", "| --- | --- | --- | --- |");
    for (const { id, version } of versionsWithCost)
      lines.push(
        `| ${escapeMarkdown(id)} | ${escapeMarkdown(version.version)} | ${formatTokens(version.usage)} | ${formatCost(version.usage)} |`
      );
    lines.push("");
  }
  lines.push(...evidenceSection(analytics, options.reportDir));
  lines.push("## Data quality", "");
  if (findings.length === 0) lines.push("No findings in plans.", "");
  else {
    const byRule = /* @__PURE__ */ new Map();
    for (const finding of findings)
      byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1);
    lines.push("| Rule | Findings |", "| --- | ---: |");
    for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      lines.push(`| \`${rule}\` | ${count} |`);
    }
    lines.push("");
    const max = options.maxFindings ?? 200;
    for (const finding of findings.slice(0, max)) {
      const link = `${documentLink(options.reportDir, finding.path)}#L${finding.line}`;
      lines.push(
        `- ${finding.severity} \`${finding.ruleId}\` in [${escapeMarkdown(`${finding.path}:${finding.line}`)}](${link})`
      );
    }
    if (findings.length > max)
      lines.push(`- … and ${findings.length - max} more; run \`planmark check\` for all of them.`);
    lines.push("");
  }
  return `${lines.join("\n").trimEnd()}
`;
}
function signed(value, scale, unit) {
  if (value === null) return "–";
  const scaled = Math.round(value * scale * 10) / 10;
  return `${scaled > 0 ? "+" : ""}${scaled}${unit}`;
}
function leftOut(excluded) {
  const reasons = [
    [excluded.notCompleted, "not completed"],
    [excluded.noEstimate, "no estimate"],
    [excluded.incompleteMeasurement, "time not fully measured"]
  ];
  return reasons.filter(([count]) => count > 0).map(([count, reason]) => `${count} ${reason}`).join(", ") || "–";
}

// src/core/evidence/evidenceLedger.ts
var maxLineLength = 16 * 1024;
function parseLedger(text) {
  const validate = schemaValidator("evidence-ledger");
  const byKey = /* @__PURE__ */ new Map();
  const problems = [];
  text.split("\n").forEach((raw, index) => {
    const line = raw.replace(/\r$/, "");
    if (line.trim() === "") return;
    if (line.length > maxLineLength) {
      problems.push({
        line: index + 1,
        reason: `Expected a line of at most ${maxLineLength} characters, found ${line.length}`
      });
      return;
    }
    let value;
    try {
      value = JSON.parse(line);
    } catch (error) {
      problems.push({
        line: index + 1,
        reason: `Expected JSON, found a syntax error: ${error.message}`
      });
      return;
    }
    if (!validate(value)) {
      const first = validate.errors?.[0];
      problems.push({
        line: index + 1,
        reason: `Expected a ledger entry, found ${first ? `${first.instancePath || "the entry"} ${first.message ?? "invalid"}` : "an invalid entry"}`
      });
      return;
    }
    const entry = value;
    byKey.set(ledgerKey(entry), entry);
  });
  return { entries: sortLedger([...byKey.values()]), problems };
}
function serializeLedger(entries) {
  return sortLedger(entries).map((entry) => JSON.stringify(JSON.parse(stableJson(entry)))).map((line) => `${line}
`).join("");
}
function mergeLedger(old, learned) {
  const byKey = /* @__PURE__ */ new Map();
  for (const entry of [...old, ...learned]) byKey.set(ledgerKey(entry), entry);
  return sortLedger([...byKey.values()]);
}
function ledgerKey(entry) {
  return `${entry.plan}\0${entry.commit}`;
}
function sortLedger(entries) {
  return [...entries].sort((a, b) => {
    const x = ledgerKey(a);
    const y = ledgerKey(b);
    return x < y ? -1 : x > y ? 1 : 0;
  });
}

// src/adapters/readLedgerFile.ts
import { readFile, stat } from "node:fs/promises";
import { resolve } from "node:path";
var maxLedgerBytes = 32 * 1024 * 1024;
async function readLedgerFile(cwd, path) {
  const full = resolve(cwd, path);
  const size = await stat(full).then(
    (info) => info.isFile() ? info.size : void 0,
    () => void 0
  );
  if (size === void 0) return void 0;
  if (size > maxLedgerBytes)
    throw new Error(
      `${path}: expected an evidence ledger of at most ${maxLedgerBytes} bytes, found ${size}; it was not read.`
    );
  await checkOutputPath(cwd, path, "The evidence ledger");
  return readFile(full, "utf8");
}

// src/pipeline/inputsFingerprint.ts
import { createHash } from "node:crypto";
import { realpath } from "node:fs/promises";
import { resolve as resolve2 } from "node:path";
async function inputsFingerprint(cwd, paths, config) {
  const found = await findDocuments(cwd, paths, config);
  const realCwd = await realpath(cwd);
  const lines = [];
  for (let start = 0; start < found.length; start += 64) {
    const batch = found.slice(start, start + 64);
    const reads = await Promise.all(
      batch.map(
        (document) => readDocumentFile(resolve2(cwd, document.path), config.maxFileBytes, realCwd).catch(
          (error) => ({ ok: false, reason: error.message })
        )
      )
    );
    batch.forEach((document, index) => {
      const read = reads[index];
      lines.push(`${document.path}\0${read?.ok ? gitBlobId(read.bytes) : `!${read?.reason}`}`);
    });
  }
  return createHash("sha256").update(lines.join("\n")).digest("hex");
}

// src/pipeline/shardError.ts
var ShardError = class extends Error {
  name = "ShardError";
};

// src/pipeline/analyze.ts
async function analyze(paths, options = {}) {
  return analyzeChecked(await checkFiles(paths, options), options);
}
async function analyzeShard(paths, options) {
  const check = await checkFiles(paths, options);
  const cwd = options.cwd ?? process.cwd();
  const head = await runGit(cwd, ["rev-parse", "--verify", "--quiet", "HEAD^{commit}"]);
  const shard = {
    format: "planmark-shard",
    version: package_default.version,
    stamp: cacheStamp(check.config),
    index: options.shard.index,
    count: options.shard.count,
    paths: [...paths],
    commit: head?.trim() || null,
    inputs: await inputsFingerprint(cwd, paths, check.config),
    files: check.files.map(({ file, parsed }) => serializeChecked(file, parsed))
  };
  return `${JSON.stringify(shard)}
`;
}
async function mergeShards(texts, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const config = resolveConfig(options.config ?? (await loadConfig(cwd, options.configPath)).config);
  const shards = texts.map((text, position) => {
    let shard;
    try {
      shard = JSON.parse(text);
    } catch (error) {
      throw new ShardError(`shard ${position + 1}: ${error.message}`);
    }
    const problem = shardProblem(shard);
    if (problem) throw new ShardError(`shard ${position + 1}: ${problem}`);
    return shard;
  });
  const count = shards[0]?.count ?? 0;
  const indices = shards.map((shard) => shard.index).sort((a, b) => a - b);
  if (shards.length === 0 || indices.some((index, position) => index !== position) || indices.length !== count) {
    throw new ShardError(
      `expected the shards 1 to ${count || "n"} of one run, each once; found ${indices.map((index) => index + 1).join(", ") || "none"}`
    );
  }
  if (shards.some((shard) => shard.stamp !== cacheStamp(config) || shard.count !== count)) {
    throw new ShardError(
      "the shards were made by another planmark build or configuration than this merge uses"
    );
  }
  const first = shards[0];
  const describe = (shard) => `shard ${shard.index + 1}: commit ${shard.commit?.slice(0, 12) ?? "none"}, inputs ${shard.inputs.slice(0, 12)}`;
  if (shards.some(
    (shard) => shard.commit !== first.commit || shard.inputs !== first.inputs || JSON.stringify(shard.paths) !== JSON.stringify(first.paths)
  )) {
    throw new ShardError(
      `the shards were made from different commits, working trees or paths (${shards.map(describe).join("; ")}); run every shard on one checkout`
    );
  }
  const seen = /* @__PURE__ */ new Set();
  for (const file of shards.flatMap((shard) => shard.files)) {
    if (seen.has(file.path)) throw new ShardError(`${file.path} is in more than one shard`);
    seen.add(file.path);
  }
  const files = shards.flatMap((shard) => shard.files).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0).map(deserializeChecked);
  return analyzeChecked(await finishCheck(files, cwd, shards[0]?.paths ?? [], config), options);
}
function shardProblem(value) {
  if (typeof value !== "object" || value === null || Array.isArray(value))
    return "not a JSON object";
  const shard = value;
  if (shard.format !== "planmark-shard") return "not a planmark shard";
  if (typeof shard.version !== "string" || typeof shard.stamp !== "string")
    return "no version or stamp";
  const { index, count } = shard;
  if (!Number.isSafeInteger(count) || !Number.isSafeInteger(index) || index < 0 || index >= count)
    return "no shard number i of n";
  if (!Array.isArray(shard.paths) || !shard.paths.every((path) => typeof path === "string"))
    return "/paths is not a list of paths";
  if (shard.commit !== null && typeof shard.commit !== "string") return "no commit";
  if (typeof shard.inputs !== "string") return "no fingerprint of its inputs";
  if (!Array.isArray(shard.files)) return "/files is not a list";
  for (const [position, file] of shard.files.entries()) {
    const problem = checkedFileProblem(file);
    if (problem) return `/files/${position}: ${problem}`;
  }
  return void 0;
}
async function analyzeChecked(check, options) {
  const cwd = options.cwd ?? process.cwd();
  const { config } = check;
  const metricsDir = options.outDir ?? config.metricsDir;
  if (options.outDir === void 0) await checkOutputPath(cwd, metricsDir, "metricsDir");
  await checkOutputPath(cwd, config.reportsDir, "reportsDir");
  const globs = documentGlobs(config);
  const read = new Set(check.files.map(({ file }) => file.path));
  const configFile = relative(cwd, resolve3(cwd, options.configPath ?? "planmark.config.json"));
  const [source, moves, remote] = await Promise.all([
    gitSource(cwd, (path) => path === configFile || read.has(path) || globs.isDocument(path)),
    gitMoves(cwd),
    config.repository ? Promise.resolve(null) : gitRemoteRepository(cwd)
  ]);
  const documents = check.files.flatMap(({ parsed }) => parsed ? [parsed] : []);
  const ledgerPath = `${metricsDir}/evidence.jsonl`;
  const ledger = config.evidence.outcomes ? await outcomeLedger(cwd, ledgerPath, documents, check.planEvidence, options) : void 0;
  const analytics = aggregate(documents, {
    config,
    source,
    promptRevisions: check.promptRevisions,
    moves,
    evidence: check.planEvidence,
    repository: config.repository ?? remote,
    plans: check.plans
  });
  const outputs = [
    { path: `${metricsDir}/plans.json`, content: stableJson(analytics.plans) },
    {
      path: `${metricsDir}/agent_performance.json`,
      content: stableJson(analytics.agentPerformance)
    },
    { path: `${metricsDir}/task_analytics.json`, content: stableJson(analytics.taskAnalytics) },
    {
      path: `${metricsDir}/prompt_effectiveness.json`,
      content: stableJson(analytics.promptEffectiveness)
    },
    {
      path: `${config.reportsDir}/report.md`,
      content: renderReport(analytics, { reportDir: config.reportsDir })
    },
    ...ledger ? [{ path: ledgerPath, content: ledger }] : []
  ];
  return { check, analytics, outputs };
}
async function outcomeLedger(cwd, path, documents, evidence, options) {
  const text = await readLedgerFile(cwd, path);
  const { entries, problems } = parseLedger(text ?? "");
  for (const problem of problems)
    options.onNotice?.(
      `${path}:${problem.line}:1: evidence ledger: ${problem.reason}; the line was skipped.`
    );
  const known = new Set(entries.map(ledgerKey));
  const queries = documents.flatMap(({ document }) => {
    const commit = evidence.get(document.identity.path)?.lastCommit;
    const plan = document.identity.planId ?? document.identity.path;
    return document.kind === "plan" && commit && !known.has(ledgerKey({ plan, commit })) ? [{ plan, commit }] : [];
  });
  const learned = options.learnPulls && queries.length > 0 ? await options.learnPulls(queries) : [];
  const ledger = mergeLedger(entries, learned);
  const byKey = new Map(ledger.map((entry) => [ledgerKey(entry), entry]));
  for (const { document } of documents) {
    const found = evidence.get(document.identity.path);
    const plan = document.identity.planId ?? document.identity.path;
    const entry = found?.lastCommit && byKey.get(ledgerKey({ plan, commit: found.lastCommit }));
    if (found && entry && entry.pull) found.pull = entry.pull;
  }
  return text === void 0 && ledger.length === 0 ? void 0 : serializeLedger(ledger);
}
export {
  analyze,
  analyzeShard,
  mergeShards
};
