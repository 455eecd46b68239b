/** A label safe inside a quoted Mermaid string: letters, digits and simple punctuation only (no quotes, brackets or `@`). */
export function mermaidLabel(text: string): string {
  return text.replace(/[^\p{L}\p{N} ._+-]/gu, '_').slice(0, 40) || '_'
}
