/* eslint-disable no-control-regex -- control and bidirectional characters are removed on purpose */
const invisible =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
/* eslint-enable no-control-regex */

/**
 * Makes untrusted document text inert inside GitHub Markdown: control and
 * bidirectional characters are removed, HTML is escaped (so planmark's
 * hidden `<!-- … -->` markers cannot be forged), Markdown punctuation is
 * backslash-escaped (no links, images, emphasis or table breaks), and a
 * zero-width space defuses what GitHub links after rendering: `@mentions`,
 * `#123` and `GH-123` references (any case) and bare `https://` or `www.`
 * addresses.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(invisible, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
    .replace(/@(?=\w)/g, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b')
    .replace(/(?<![a-z\d])gh-(?=\d)/gi, '$&\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\u200b.`)
    .replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
}
