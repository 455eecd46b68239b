import type { Cost } from '../types/generated.js'

/** Longer than any amount a person writes; longer text is not read, so parsing stays linear. */
const maxLength = 64

// Symbols stand for the currency most people mean by them; `¥` and `kr` are ambiguous and left out.
const symbols = new Map([
  ['$', 'USD'],
  ['US$', 'USD'],
  ['€', 'EUR'],
  ['£', 'GBP']
])

// Anchored, one optional part after another, no nested quantifiers: no backtracking blow-up.
const amountPattern =
  /^(?:([A-Za-z]{3}|US\$|[$€£])\s?)?(\d{1,15}(?:,\d{3})*(?:\.\d{1,6})?)(?:\s?([A-Za-z]{3}))?$/

/**
 * Parses a stated cost: `$1.20`, `1.20 USD`, `USD 1.20`, `€3`, `1,234.50 EUR`.
 * The currency is required (a bare number has no unit) and given once; a
 * symbol becomes its ISO 4217 code. Returns undefined for anything else.
 */
export function parseCost(text: string): Cost | undefined {
  if (text.length > maxLength) return undefined
  const match = amountPattern.exec(text.trim())
  if (!match) return undefined
  const [, before, digits = '', after] = match
  if (before && after) return undefined
  const unit = before ?? after
  if (!unit) return undefined
  const currency =
    symbols.get(unit) ?? (/^[A-Za-z]{3}$/.test(unit) ? unit.toUpperCase() : undefined)
  if (!currency) return undefined
  const amount = Number(digits.replaceAll(',', ''))
  return Number.isFinite(amount) ? { amount, currency } : undefined
}
