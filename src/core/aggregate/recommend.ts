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

/**
 * Ranks agents for a category by the lower bound of the Wilson 95% interval
 * of their verified success rate, so one lucky plan does not beat a steady
 * record, and says how sure that is: `clear_choice` when the first agent's
 * interval lies wholly above the second's (or it is the only agent tried),
 * `tie` when they overlap, `not_enough_data` below `minSamples`.
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
  const agents = [...new Set(relevant.map((record) => record.agent as string))]
  const ranking: RankedAgent[] = agents
    .map((agent) => {
      const verified = verifiedRate(relevant.filter((record) => record.agent === agent))
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
  const base = { method: 'wilson-lower-bound' as const, minSamples, ranking }
  const [first, second] = ranking
  const describe = (entry: RankedAgent) =>
    `${entry.agent} (${entry.verified.successes} of ${entry.verified.n} verified, 95% interval ${formatInterval(entry)})`
  if (!first) {
    return {
      ...base,
      verdict: 'not_enough_data',
      reason: `No finished, verifiable plans in ${scope} yet.`
    }
  }
  if (first.verified.n < minSamples) {
    return {
      ...base,
      verdict: 'not_enough_data',
      reason: `No agent has ${minSamples} verifiable plans in ${scope}; the most is ${describe(first)}.`
    }
  }
  if (!second) {
    return {
      ...base,
      verdict: 'clear_choice',
      recommended: first.agent,
      reason: `${describe(first)} is the only agent with finished plans in ${scope}.`
    }
  }
  if (second.verified.n < minSamples) {
    return {
      ...base,
      verdict: 'not_enough_data',
      reason: `Only ${first.agent} has ${minSamples} or more verifiable plans in ${scope}; ${describe(second)} has too few to compare.`
    }
  }
  if ((first.verified.interval?.lower ?? 0) > (second.verified.interval?.upper ?? 1)) {
    return {
      ...base,
      verdict: 'clear_choice',
      recommended: first.agent,
      reason: `${describe(first)} is ahead: its interval lies wholly above ${describe(second)}.`
    }
  }
  return {
    ...base,
    verdict: 'tie',
    reason: `${describe(first)} ranks first by its lower bound, but its interval overlaps ${describe(second)}; more plans are needed to tell them apart.`
  }
}

function formatInterval(entry: RankedAgent): string {
  const interval = entry.verified.interval
  return interval
    ? `${Math.round(interval.lower * 100)}–${Math.round(interval.upper * 100)}%`
    : 'none'
}
