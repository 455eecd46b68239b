import type { Rate } from '../types/generated.js'
import { round } from './round.js'

/** The 97.5th percentile of the standard normal distribution: a two-sided 95% interval. */
const z = 1.959963984540054

/**
 * `successes` out of `n` with the Wilson score interval, which stays inside
 * [0, 1] and behaves at small n and at 0% or 100%, unlike p ± z·SE.
 */
export function rate(successes: number, n: number): Rate {
  if (n === 0) return { successes, n, rate: null, interval: null }
  const p = successes / n
  const z2 = z * z
  const denominator = 1 + z2 / n
  const center = (p + z2 / (2 * n)) / denominator
  const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator
  return {
    successes,
    n,
    rate: round(p),
    interval: { lower: round(Math.max(0, center - half)), upper: round(Math.min(1, center + half)) }
  }
}
