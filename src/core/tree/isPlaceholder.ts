/** Template placeholders: `{{agent_name}}` or `[UPPER_CASE]` (three or more characters, so `[X]` is not one). */
export const placeholderPattern = /\{\{[^{}\n]+\}\}|\[[A-Z][A-Z0-9_]{2,}\]/g

/** Whether a value is (or contains) a template placeholder rather than a value. */
export function isPlaceholder(text: string): boolean {
  return new RegExp(placeholderPattern.source).test(text)
}
