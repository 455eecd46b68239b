import type { Mean } from '../types/generated.js'
import { round } from './round.js'

/** The mean of `values`, rounded to the fixed precision. */
export function mean(values: readonly number[]): Mean {
  if (values.length === 0) return { n: 0, mean: null }
  return {
    n: values.length,
    mean: round(values.reduce((sum, value) => sum + value, 0) / values.length)
  }
}

/** The median of `values` (the mean of the middle two for an even count), or null. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  const value =
    sorted.length % 2 === 1
      ? (sorted[middle] ?? 0)
      : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
  return round(value)
}
