import type { Outcomes } from './probabilityGreater.js'
import { z95 } from './wilsonInterval.js'

/** One stratum: two records of outcomes on tasks of one kind (a complexity). */
export interface Stratum {
  a: Outcomes
  b: Outcomes
}

/**
 * The Mantel–Haenszel odds ratio of success, a against b, pooled over
 * strata, with its 95% interval from the Robins–Breslow–Greenland variance
 * of its logarithm: a comparison within strata, so an agent given harder
 * tasks is not made to look worse by its mix (Simpson's paradox). A stratum
 * with an empty cell gets 0.5 added to each cell (Haldane), so 0% and 100%
 * records still compare. Undefined when no stratum has both records.
 */
export function mantelHaenszel(
  strata: readonly Stratum[]
): { oddsRatio: number; lower: number; upper: number } | undefined {
  let sumR = 0
  let sumS = 0
  let sumPR = 0
  let sumPSQR = 0
  let sumQS = 0
  for (const { a, b } of strata) {
    if (a.n === 0 || b.n === 0) continue
    let [as, af, bs, bf] = [a.successes, a.n - a.successes, b.successes, b.n - b.successes]
    if (as === 0 || af === 0 || bs === 0 || bf === 0)
      [as, af, bs, bf] = [as + 0.5, af + 0.5, bs + 0.5, bf + 0.5]
    const n = as + af + bs + bf
    const [p, q, r, s] = [(as + bf) / n, (af + bs) / n, (as * bf) / n, (af * bs) / n]
    sumR += r
    sumS += s
    sumPR += p * r
    sumPSQR += p * s + q * r
    sumQS += q * s
  }
  if (sumR === 0 || sumS === 0) return undefined
  const oddsRatio = sumR / sumS
  const variance = sumPR / (2 * sumR ** 2) + sumPSQR / (2 * sumR * sumS) + sumQS / (2 * sumS ** 2)
  const margin = z95 * Math.sqrt(variance)
  return {
    oddsRatio,
    lower: Math.exp(Math.log(oddsRatio) - margin),
    upper: Math.exp(Math.log(oddsRatio) + margin)
  }
}
