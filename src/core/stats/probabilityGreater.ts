import { logBeta } from './logFactorial.js'

/** Successes out of n: a record of outcomes. */
export interface Outcomes {
  successes: number
  n: number
}

/**
 * The probability that a's success rate is higher than b's, with each rate's
 * uncertainty as its Beta(1 + successes, 1 + failures) posterior (a uniform
 * prior). Computed exactly, not sampled: for whole parameters,
 * P(p_a > p_b) = Σ_{i<α_a} B(α_b + i, β_b + β_a) / ((β_a + i) B(1 + i, β_a) B(α_b, β_b))
 * (Evan Miller, "Formulas for Bayesian A/B testing"). Deterministic, and
 * rises with every success of a's.
 */
export function probabilityGreater(a: Outcomes, b: Outcomes): number {
  const [alphaA, betaA] = [1 + a.successes, 1 + a.n - a.successes]
  const [alphaB, betaB] = [1 + b.successes, 1 + b.n - b.successes]
  let total = 0
  for (let i = 0; i < alphaA; i++)
    total += Math.exp(
      logBeta(alphaB + i, betaB + betaA) -
        Math.log(betaA + i) -
        logBeta(1 + i, betaA) -
        logBeta(alphaB, betaB)
    )
  return Math.min(1, Math.max(0, total))
}
