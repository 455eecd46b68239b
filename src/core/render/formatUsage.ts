import type { Distribution, Usage } from '../types/generated.js'
import { formatNumber } from './formatRate.js'

/** `p50 / p90 (n)` of a distribution for a table cell, `–` when nothing was measured. */
export function formatSpread(value: Distribution, digits = 0): string {
  if (value.n === 0) return '–'
  return `${formatNumber(value.median, digits)} / ${formatNumber(value.p90, digits)} (n=${value.n})`
}

/** Tokens in and out as totals, `–` when no plan states them. */
export function formatTokens(value: Usage): string {
  const side = (distribution: Distribution, word: string) =>
    distribution.n === 0 ? [] : [`${formatNumber(distribution.total, 0)} ${word}`]
  const parts = [...side(value.inputTokens, 'in'), ...side(value.outputTokens, 'out')]
  return parts.length === 0 ? '–' : parts.join(', ')
}

/** Each currency's total, median and p90 per plan, and cost per verified success, `–` when no plan states a cost. */
export function formatCost(value: Usage): string {
  if (value.cost.length === 0) return '–'
  return value.cost
    .map(
      ({ currency, cost, perVerifiedSuccess }) =>
        `${formatNumber(cost.total, 2)} ${currency} (median ${formatNumber(cost.median, 2)}, p90 ${formatNumber(cost.p90, 2)}, n=${cost.n}; ${perVerifiedSuccess === null ? 'no verified success' : `${formatNumber(perVerifiedSuccess, 2)} per verified success`})`
    )
    .join('; ')
}
