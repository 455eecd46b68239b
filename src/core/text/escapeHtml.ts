/**
 * Escapes text for the content of an HTML element such as `<summary>`, where
 * GitHub applies no Markdown and a backslash escape would show as a backslash.
 */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
