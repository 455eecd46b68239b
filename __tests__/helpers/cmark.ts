import { execFileSync } from 'node:child_process'
import type { Nodes } from 'mdast'
import { parseMarkdown } from '../../src/core/parseMarkdown.js'

/** Checked and unchecked task boxes as Debian's cmark-gfm (GitHub's parser) renders them. */
export interface GithubCounts {
  checked: number
  unchecked: number
}

// GitHub renders with these extensions on; without `table`, a table swallows the lines after it.
const githubExtensions = [
  '-e',
  'table',
  '-e',
  'strikethrough',
  '-e',
  'autolink',
  '-e',
  'tagfilter',
  '-e',
  'tasklist',
  '--to',
  'html'
]

const frontMatter = /^---\r?\n[\s\S]*?\r?\n---(?:\r?\n|$)/

/**
 * Renders Markdown with `cmark-gfm` and GitHub's extensions (`-e tasklist` among them) and counts the checkboxes in
 * the HTML. Front matter is cut first: GitHub renders it as a table, never as
 * tasks, while cmark-gfm alone would read it as Markdown.
 */
export function cmarkCounts(markdown: string): GithubCounts {
  const html = execFileSync('cmark-gfm', githubExtensions, {
    // cmark-gfm 0.29 keeps a byte order mark in the first line, where its tasklist
    // extension then misses the box; planmark drops it before parsing (docs/checkbox-semantics.md).
    input: markdown.replace(/^\ufeff/, '').replace(frontMatter, ''),
    encoding: 'utf8'
  })
  const boxes = html.match(/<input type="checkbox"[^>]*>/g) ?? []
  const checked = boxes.filter((box) => box.includes('checked')).length
  return { checked, unchecked: boxes.length - checked }
}

/**
 * Where Debian's cmark-gfm 0.29 and github.com differ, as counts to move from
 * planmark's (github.com's) figures to cmark-gfm 0.29's:
 * - task items inside block quotes: github.com renders them, 0.29 does not;
 * - an unchecked item whose first line contains `[x]` later (`- [ ] a [x] b`):
 *   0.29 searches the whole line for `[x]` and ticks it; github.com does not.
 */
export function cmarkDifferences(markdown: string): {
  quoted: GithubCounts
  falselyChecked: number
} {
  const quoted = { checked: 0, unchecked: 0 }
  let falselyChecked = 0
  const walk = (node: Nodes, inQuote: boolean): void => {
    if (node.type === 'listItem' && typeof node.checked === 'boolean') {
      if (inQuote) quoted[node.checked ? 'checked' : 'unchecked']++
      else if (
        !node.checked &&
        /\[[xX]\]/.test(firstLineAfterBox(markdown, node.position?.start.offset))
      )
        falselyChecked++
    }
    if ('children' in node)
      for (const child of node.children) walk(child, inQuote || node.type === 'blockquote')
  }
  walk(parseMarkdown(markdown), false)
  return { quoted, falselyChecked }
}

function firstLineAfterBox(markdown: string, offset: number | undefined): string {
  if (offset === undefined) return ''
  const line = markdown.slice(offset).split(/\r\n|\r|\n/)[0] ?? ''
  return line.replace(/^\S+[ \t]+\[[ xX]\]/, '')
}
