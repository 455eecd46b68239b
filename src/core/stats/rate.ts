import type { Rate } from '../types/generated.js'
import { round } from './round.js'
import { wilsonInterval } from './wilsonInterval.js'

/**
 * `successes` out of `n` with the Wilson score interval, which stays inside
 * [0, 1] and behaves at small n and at 0% or 100%, unlike p ± z·SE.
 */
export function rate(successes: number, n: number): Rate {
  if (n === 0) return { successes, n, rate: null, interval: null }
  const { lower, upper } = wilsonInterval(successes, n)
  return {
    successes,
    n,
    rate: round(successes / n),
    interval: { lower: round(lower), upper: round(upper) }
  }
}
