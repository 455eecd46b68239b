const table: number[] = [0]

/** ln(n!) for a whole n ≥ 0, exact to floating point: a running sum of logarithms, kept between calls. */
export function logFactorial(n: number): number {
  for (let k = table.length; k <= n; k++) table.push((table[k - 1] ?? 0) + Math.log(k))
  return table[n] ?? Number.NaN
}

/** ln B(a, b), the beta function, for whole a, b ≥ 1: ln((a−1)!(b−1)!/(a+b−1)!). */
export function logBeta(a: number, b: number): number {
  return logFactorial(a - 1) + logFactorial(b - 1) - logFactorial(a + b - 1)
}
