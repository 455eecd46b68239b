/**
 * Serialises JSON with object keys sorted at every depth, 2-space indented,
 * with a final newline: the same value always gives the same bytes.
 */
export function stableJson(value: unknown): string {
  return `${JSON.stringify(value, (_key, entry: unknown) => (entry !== null && typeof entry === 'object' && !Array.isArray(entry) ? sortKeys(entry as Record<string, unknown>) : entry), 2)}\n`
}

function sortKeys(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(
    Object.keys(object)
      .sort()
      .map((key) => [key, object[key]])
  )
}
