import type { Root } from 'mdast'
import { walk } from './walk.js'

const itemStart = /^(?:[-*+]|\d{1,9}[.)])[ \t]*\[([ xX])\]([ \t]?)/

/**
 * Makes task items follow cmark-gfm, GitHub's parser, where micromark differs:
 * cmark-gfm makes `[ ]`/`[x]` a checkbox exactly when a space or tab follows
 * it. So `- [x] ` with nothing after the space is an (empty) task, and `- [x]`
 * directly followed by a line break is plain text. See docs/checkbox-semantics.md.
 */
export function alignTaskItems(tree: Root, source: string): void {
  walk(tree, (item) => {
    if (item.type !== 'listItem') return
    const start = item.position?.start.offset
    const paragraph = item.children[0]
    if (start === undefined || paragraph?.type !== 'paragraph') return
    const match = itemStart.exec(source.slice(start, start + 24))
    const githubTask = match !== null && match[2] !== ''
    const first = paragraph.children[0]
    if (typeof item.checked === 'boolean' && !githubTask) {
      const box = `[${match?.[1] ?? (item.checked ? 'x' : ' ')}]`
      item.checked = null
      if (first?.type === 'text') first.value = `${box}\n${first.value}`
      else paragraph.children.unshift({ type: 'text', value: box })
    } else if (
      item.checked == null &&
      githubTask &&
      paragraph.children.length === 1 &&
      first?.type === 'text' &&
      first.value === `[${match?.[1]}]`
    ) {
      item.checked = match?.[1] !== ' '
      paragraph.children = []
    }
  })
}
