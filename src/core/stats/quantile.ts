/**
 * The q-quantile of `values` (0 ≤ q ≤ 1) by linear interpolation between
 * order statistics: h = (n − 1)·q, then x⌊h⌋ + (h − ⌊h⌋)(x⌈h⌉ − x⌊h⌋).
 * This is Hyndman and Fan's type 7, numpy.percentile's and R's default, so
 * anyone can check a figure; at q = 0.5 it is the usual median. Null when
 * there are no values. Not rounded: callers round once.
 */
export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const h = (sorted.length - 1) * Math.min(1, Math.max(0, q))
  const below = Math.floor(h)
  const low = sorted[below] ?? 0
  const high = sorted[Math.min(below + 1, sorted.length - 1)] ?? low
  return low + (h - below) * (high - low)
}
