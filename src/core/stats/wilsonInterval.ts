/** The 97.5th percentile of the standard normal distribution: a two-sided 95% interval. */
export const z95 = 1.959963984540054

/**
 * The Wilson score 95% interval of `successes` out of `n` (n > 0), unrounded:
 * it stays inside [0, 1] and behaves at small n and at 0% or 100%.
 */
export function wilsonInterval(successes: number, n: number): { lower: number; upper: number } {
  const p = successes / n
  const z2 = z95 * z95
  const denominator = 1 + z2 / n
  const center = (p + z2 / (2 * n)) / denominator
  const half = (z95 * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator
  return { lower: Math.max(0, center - half), upper: Math.min(1, center + half) }
}
