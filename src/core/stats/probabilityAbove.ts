import { logFactorial } from './logFactorial.js'
import type { Outcomes } from './probabilityGreater.js'

/**
 * The probability that the success rate behind `outcomes` is above `level`,
 * under its Beta(1 + successes, 1 + failures) posterior. Exact for whole
 * parameters: P(p > x) = P(Binomial(n + 1, x) ≤ successes).
 */
export function probabilityAbove(outcomes: Outcomes, level: number): number {
  const trials = outcomes.n + 1
  let total = 0
  for (let k = 0; k <= outcomes.successes; k++)
    total += Math.exp(
      logFactorial(trials) -
        logFactorial(k) -
        logFactorial(trials - k) +
        k * Math.log(level) +
        (trials - k) * Math.log(1 - level)
    )
  return Math.min(1, Math.max(0, total))
}
