import type { Rate } from '../types/generated.js'

/** `k/n (p%, lo–hi%)` for a table cell; `–` when there is no data. */
export function formatRate(value: Rate): string {
  if (value.n === 0 || value.rate === null || !value.interval) return '–'
  const percent = (x: number) => Math.round(x * 100)
  return `${value.successes}/${value.n} (${percent(value.rate)}%, ${percent(value.interval.lower)}–${percent(value.interval.upper)}%)`
}

/** A number for a table cell, `–` when absent. */
export function formatNumber(value: number | null | undefined, digits = 1): string {
  return value === null || value === undefined ? '–' : value.toFixed(digits)
}
