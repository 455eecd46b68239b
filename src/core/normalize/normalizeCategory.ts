/** Normalises a task category to snake_case: `Code Implementation` → `code_implementation`. */
export function normalizeCategory(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/g, '')
}
