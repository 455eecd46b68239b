/**
 * Template placeholders: planmark's own syntax, `{{agent_name}}`, only. Bracketed
 * upper-case words are other tools' vocabulary (spec-kit's `[US1]`, `[P]`,
 * `[DEFERRED]`), not leftovers of a template.
 */
export const placeholderPattern = /\{\{[^{}\n]+\}\}/g

/** Whether a value is (or contains) a template placeholder rather than a value. */
export function isPlaceholder(text: string): boolean {
  return new RegExp(placeholderPattern.source).test(text)
}
