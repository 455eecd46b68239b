import type { Distribution } from '../types/generated.js'
import { quantile } from './quantile.js'
import { round } from './round.js'

/** How many values, their total, median and 90th percentile (quantile's definition), each rounded once. */
export function distribution(values: readonly number[]): Distribution {
  const rounded = (value: number | null) => (value === null ? null : round(value))
  return {
    n: values.length,
    total: values.length === 0 ? null : round(values.reduce((sum, value) => sum + value, 0)),
    median: rounded(quantile(values, 0.5)),
    p90: rounded(quantile(values, 0.9))
  }
}
