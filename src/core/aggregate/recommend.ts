import { mantelHaenszel } from '../stats/mantelHaenszel.js'
import { probabilityAbove } from '../stats/probabilityAbove.js'
import { probabilityGreater } from '../stats/probabilityGreater.js'
import { round } from '../stats/round.js'
import type { PlanRecord, RankedAgent, Recommendation } from '../types/generated.js'
import { compareText } from './analysedPlans.js'
import { verifiedRate } from './verifiedRate.js'

/** Options of `recommend`. */
export interface RecommendOptions {
  /** The task category to choose an agent for. */
  category: string
  /** Restrict to one complexity. */
  complexity?: 'low' | 'medium' | 'high'
  /** Verified outcomes an agent needs before it can be recommended (default 3). */
  minSamples?: number
}

/** How sure a verdict must be: the posterior probability a clear choice needs. */
export const verdictThreshold = 0.95
const complexities = ['low', 'medium', 'high'] as const

/**
 * Ranks agents for a category by the lower bound of the Wilson 95% interval
 * of their verified success rate, so one lucky plan does not beat a steady
 * record, and says how sure that is (docs/metrics.md) from each rate's
 * Beta(1 + successes, 1 + failures) posterior: `clear_choice` when the first
 * agent beats every other agent with `minSamples` verifiable plans with
 * probability at least 0.95, else `tie`; an agent alone is judged against
 * 50% (`clear_choice` or `no_good_choice` at 0.95, else `not_enough_data`).
 * When two agents' complexity mixes differ, the lead must also hold within
 * complexity (Mantel–Haenszel), and the reason says so. Agents with fewer
 * plans never change the verdict, so more evidence for the leader never
 * weakens it.
 */
export function recommend(
  records: readonly PlanRecord[],
  options: RecommendOptions
): Recommendation {
  const minSamples = options.minSamples ?? 3
  const scope = `${options.category}${options.complexity ? ` (${options.complexity})` : ''}`
  const relevant = records.filter(
    (record) =>
      record.agent &&
      record.category === options.category &&
      (!options.complexity || record.complexity === options.complexity)
  )
  const plansOf = (agent: string) => relevant.filter((record) => record.agent === agent)
  const ranking: RankedAgent[] = [...new Set(relevant.map((record) => record.agent as string))]
    .map((agent) => {
      const verified = verifiedRate(plansOf(agent))
      return { agent, verified, score: verified.interval?.lower ?? 0 }
    })
    .filter((entry) => entry.verified.n > 0)
    .sort((a, b) => {
      const eligible = Number(b.verified.n >= minSamples) - Number(a.verified.n >= minSamples)
      return (
        eligible ||
        b.score - a.score ||
        (b.verified.rate ?? 0) - (a.verified.rate ?? 0) ||
        b.verified.n - a.verified.n ||
        compareText(a.agent, b.agent)
      )
    })
  const base = {
    method: 'beta-posterior' as const,
    threshold: verdictThreshold,
    minSamples,
    ranking
  }
  const [first] = ranking
  if (!first) {
    return {
      ...base,
      verdict: 'not_enough_data',
      probability: null,
      reason: `No finished, verifiable plans in ${scope} yet.`
    }
  }
  // Agents below minSamples are named, but cannot take away what a leader's own record shows.
  const [leader, ...rivals] = ranking.filter((entry) => entry.verified.n >= minSamples)
  const tooFew = ranking.filter((entry) => entry.verified.n < minSamples)
  const others = tooFew.length
    ? ` ${tooFew.map(describe).join(', ')} ${tooFew.length === 1 ? 'has' : 'have'} fewer than ${minSamples} verifiable plans, too few to compare.`
    : ''
  if (!leader) {
    return {
      ...base,
      verdict: 'not_enough_data',
      probability: null,
      reason: `No agent has ${minSamples} verifiable plans in ${scope}; the most is ${describe(first)}.`
    }
  }
  if (rivals.length === 0) {
    // Alone, an agent is judged against even odds: is it right more often than not?
    const above = probabilityAbove(leader.verified, 0.5)
    const alone = `${describe(leader)} is the only agent with ${minSamples} or more verifiable plans in ${scope}`
    const verdict =
      above >= verdictThreshold
        ? 'clear_choice'
        : 1 - above >= verdictThreshold
          ? 'no_good_choice'
          : 'not_enough_data'
    const words = {
      clear_choice: `it succeeds more often than not with probability ${formatProbability(above)}`,
      no_good_choice: `it fails more often than it succeeds with probability ${formatProbability(1 - above)}`,
      not_enough_data: `whether it succeeds more often than not is still open (probability ${formatProbability(above)}, below ${verdictThreshold})`
    }[verdict]
    return {
      ...base,
      verdict,
      probability: round(above),
      ...(verdict === 'clear_choice' ? { recommended: leader.agent } : {}),
      reason: `${alone}: ${words}.${others}`
    }
  }
  // The leader against every other agent with enough plans: the closest decides.
  const [closest, probability] = rivals
    .map((rival) => [rival, probabilityGreater(leader.verified, rival.verified)] as const)
    .reduce((a, b) => (b[1] < a[1] ? b : a))
  const versus = `${leader.agent} beats ${closest.agent} with probability ${formatProbability(probability)} (${counts(leader)} vs ${counts(closest)})`
  if (probability < verdictThreshold)
    return {
      ...base,
      verdict: 'tie',
      probability: round(probability),
      reason: `${versus}, below ${verdictThreshold}: more plans are needed to tell them apart.${others}`
    }
  const within = withinComplexity(plansOf(leader.agent), plansOf(closest.agent))
  if (within) {
    const odds = within.result
      ? `Mantel–Haenszel odds ratio ${within.result.oddsRatio.toFixed(2)}, 95% interval ${within.result.lower.toFixed(2)}–${within.result.upper.toFixed(2)}`
      : 'they share no complexity to compare within'
    const stratified = {
      by: 'complexity' as const,
      ...(within.result
        ? {
            oddsRatio: round(within.result.oddsRatio),
            interval: { lower: round(within.result.lower), upper: round(within.result.upper) }
          }
        : {})
    }
    if (!within.result || within.result.lower <= 1)
      return {
        ...base,
        verdict: 'tie',
        probability: round(probability),
        stratified,
        reason: `${versus}, but within complexity the lead does not hold (${odds}).${others}`
      }
    return {
      ...base,
      verdict: 'clear_choice',
      recommended: leader.agent,
      probability: round(probability),
      stratified,
      reason: `${versus}, and the lead holds within complexity (${odds}).${others}`
    }
  }
  return {
    ...base,
    verdict: 'clear_choice',
    recommended: leader.agent,
    probability: round(probability),
    reason: `${versus}.${others}`
  }
}

/**
 * The comparison within complexity of two agents' plans, whenever their
 * plans span more than one complexity: undefined when they all share one.
 */
function withinComplexity(
  leader: readonly PlanRecord[],
  rival: readonly PlanRecord[]
): { result: ReturnType<typeof mantelHaenszel> } | undefined {
  const decided = (plans: readonly PlanRecord[]) =>
    plans.filter(
      (record) => record.status.verified === 'success' || record.status.verified === 'failure'
    )
  const [ours, theirs] = [decided(leader), decided(rival)]
  if (new Set([...ours, ...theirs].map((record) => record.complexity)).size <= 1) return undefined
  return {
    result: mantelHaenszel(
      complexities.map((level) => ({
        a: verifiedRate(ours.filter((record) => record.complexity === level)),
        b: verifiedRate(theirs.filter((record) => record.complexity === level))
      }))
    )
  }
}

function describe(entry: RankedAgent): string {
  return `${entry.agent} (${entry.verified.successes} of ${entry.verified.n} verified, 95% interval ${formatInterval(entry)})`
}

function counts(entry: RankedAgent): string {
  return `${entry.verified.successes}/${entry.verified.n}`
}

/** A probability in words: two decimals, and never a certainty it is not. */
function formatProbability(probability: number): string {
  if (probability > 0.99) return 'above 0.99'
  if (probability < 0.01) return 'below 0.01'
  return probability.toFixed(2)
}

function formatInterval(entry: RankedAgent): string {
  const interval = entry.verified.interval
  return interval
    ? `${Math.round(interval.lower * 100)}–${Math.round(interval.upper * 100)}%`
    : 'none'
}
