/**
 * Makes untrusted document text inert inside Markdown: HTML is escaped,
 * Markdown punctuation is backslash-escaped (no links, images, emphasis or
 * table breaks), and `@mentions` cannot ping.
 */
export function escapeMarkdown(text: string): string {
  return (
    text
      // Control and bidirectional-override characters are removed on purpose.
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
      .replace(/@(?=\w)/g, '@\u200b')
      .replace(/\r\n|\r|\n/g, ' ')
  )
}
