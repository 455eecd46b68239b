/** Longer than any count a person writes; longer text is not read, so parsing stays linear. */
const maxLength = 64

const multipliers = new Map([
  ['', 1],
  ['k', 1_000],
  ['m', 1_000_000]
])

// Anchored, no nested quantifiers: `12000`, `12,000`, `12k`, `1.5M`, `12 000 tokens`.
const countPattern = /^(\d{1,15}(?:[, ]\d{3})*(?:\.\d{1,3})?)\s?([kKmM]?)(?:\s?tokens?)?$/

/** Parses a token count: `12000`, `12,000`, `12k`, `1.5M tokens`. Undefined for anything else. */
export function parseTokenCount(text: string): number | undefined {
  if (text.length > maxLength) return undefined
  const match = countPattern.exec(text.trim())
  if (!match) return undefined
  const value =
    Number((match[1] ?? '').replace(/[, ]/g, '')) *
    (multipliers.get((match[2] ?? '').toLowerCase()) ?? 1)
  return Number.isFinite(value) ? Math.round(value) : undefined
}

/**
 * Parses a combined count, `12,000 in / 3,000 out` or `input 12k, output 3k`:
 * parts split on `/`, `;` or `,` followed by a space-less word, each naming in
 * or out. Undefined unless every part is understood.
 */
export function parseTokenPair(text: string): { input?: number; output?: number } | undefined {
  if (text.length > maxLength * 2) return undefined
  const parts = text.split(/\s*[/;|]\s*|,\s+(?=[a-z])/i).filter((part) => part.trim() !== '')
  const pair: { input?: number; output?: number } = {}
  for (const part of parts) {
    const words = part
      .trim()
      .toLowerCase()
      .replace(/\s?tokens?$/, '')
    const side = /^(?:input|in|prompt)\b|\b(?:input|in|prompt)$/.test(words)
      ? 'input'
      : /^(?:output|out|completion)\b|\b(?:output|out|completion)$/.test(words)
        ? 'output'
        : undefined
    if (!side || pair[side] !== undefined) return undefined
    const count = parseTokenCount(
      words.replace(
        /^(?:input|in|prompt|output|out|completion)\s*:?\s*|\s*(?:input|in|prompt|output|out|completion)$/g,
        ''
      )
    )
    if (count === undefined) return undefined
    pair[side] = count
  }
  return Object.keys(pair).length > 0 ? pair : undefined
}
