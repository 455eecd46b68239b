import { defuseAutolinks } from '../text/defuseAutolinks.js'
import { escapeHtml } from '../text/escapeHtml.js'
import { removeInvisible } from '../text/removeInvisible.js'

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
  return defuseAutolinks(
    escapeHtml(removeInvisible(text)).replace(/[\\`*_{}[\]()#+!|~]/g, '\\$&')
  ).replace(/\r\n|\r|\n|\u2028|\u2029/g, ' ')
}
