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
 * record, and says how sure that is (docs/metrics.md): between agents with
 * `minSamples` verifiable plans, `clear_choice` when the first interval lies
 * wholly above the second and `tie` when they overlap; an agent alone is
 * judged against 50% (`clear_choice` above, `no_good_choice` below,
 * `not_enough_data` across it). Agents with fewer plans never change the
 * verdict, so more evidence for the leader never weakens it.
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
  const describe = (entry: RankedAgent) =>
    `${entry.agent} (${entry.verified.successes} of ${entry.verified.n} verified, 95% interval ${formatInterval(entry)})`
  const [first] = ranking
  if (!first) {
    return {
      ...base,
      verdict: 'not_enough_data',
      reason: `No finished, verifiable plans in ${scope} yet.`
    }
  }
  // Agents below minSamples are named, but cannot take away what a leader's own record shows.
  const [leader, rival] = ranking.filter((entry) => entry.verified.n >= minSamples)
  const tooFew = ranking.filter((entry) => entry.verified.n < minSamples)
  const others = tooFew.length
    ? ` ${tooFew.map(describe).join(', ')} ${tooFew.length === 1 ? 'has' : 'have'} fewer than ${minSamples} verifiable plans, too few to compare.`
    : ''
  if (!leader) {
    return {
      ...base,
      verdict: 'not_enough_data',
      reason: `No agent has ${minSamples} verifiable plans in ${scope}; the most is ${describe(first)}.`
    }
  }
  const lower = leader.verified.interval?.lower ?? 0
  const upper = leader.verified.interval?.upper ?? 1
  if (!rival) {
    // Alone, an agent is judged against even odds: is it right more often than not?
    const alone = `${describe(leader)} is the only agent with ${minSamples} or more verifiable plans in ${scope}`
    if (lower > 0.5)
      return {
        ...base,
        verdict: 'clear_choice',
        recommended: leader.agent,
        reason: `${alone}, and its interval lies above 50%.${others}`
      }
    if (upper < 0.5)
      return {
        ...base,
        verdict: 'no_good_choice',
        reason: `${alone}, and its interval lies below 50%: it fails more often than it succeeds.${others}`
      }
    return {
      ...base,
      verdict: 'not_enough_data',
      reason: `${alone}, and its interval spans 50%: more plans are needed to say whether it succeeds more often than not.${others}`
    }
  }
  if (lower > (rival.verified.interval?.upper ?? 1)) {
    return {
      ...base,
      verdict: 'clear_choice',
      recommended: leader.agent,
      reason: `${describe(leader)} is ahead: its interval lies wholly above ${describe(rival)}.${others}`
    }
  }
  return {
    ...base,
    verdict: 'tie',
    reason: `${describe(leader)} ranks first by its lower bound, but its interval overlaps ${describe(rival)}; more plans are needed to tell them apart.${others}`
  }
}

function formatInterval(entry: RankedAgent): string {
  const interval = entry.verified.interval
  return interval
    ? `${Math.round(interval.lower * 100)}–${Math.round(interval.upper * 100)}%`
    : 'none'
}
