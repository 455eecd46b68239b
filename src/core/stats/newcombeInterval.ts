import type { Outcomes } from './probabilityGreater.js'
import { wilsonInterval } from './wilsonInterval.js'

/**
 * The 95% interval of the difference of two success rates, a − b, by
 * Newcombe's hybrid score method (method 10 of Newcombe 1998, from each
 * rate's Wilson interval): it stays within [−1, 1] and behaves at small n,
 * unlike a difference ± z·SE. Unrounded; both records need n > 0.
 */
export function newcombeInterval(a: Outcomes, b: Outcomes): { lower: number; upper: number } {
  const pa = a.successes / a.n
  const pb = b.successes / b.n
  const wa = wilsonInterval(a.successes, a.n)
  const wb = wilsonInterval(b.successes, b.n)
  const difference = pa - pb
  return {
    lower: difference - Math.sqrt((pa - wa.lower) ** 2 + (wb.upper - pb) ** 2),
    upper: difference + Math.sqrt((wa.upper - pa) ** 2 + (pb - wb.lower) ** 2)
  }
}
