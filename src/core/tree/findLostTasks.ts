import type { Nodes } from 'mdast'
import { walk } from './walk.js'
import { sourceLines, type SourceLine } from './sourceLines.js'

/** A line that looks like a task but that GitHub renders as paragraph text. */
export interface LostTask extends SourceLine {
  /** The list marker it starts with (`5.`, `-`). */
  marker: string
  checked: boolean
  /** Why GitHub reads it as text, and the fix. */
  why: string
}

const taskLine = /^(\d{1,9}[.)]|[-*+])[ \t]+\[([ xX])\](?:[ \t]|$)/

/**
 * Finds task-like lines inside paragraphs. CommonMark lets only an ordered
 * list starting at 1 interrupt a paragraph, so `**Steps**:` followed directly
 * by `5. [x] step` is one paragraph; and an item indented four or more columns
 * past its parent's text continues the parent's paragraph. GitHub shows both as text.
 */
export function findLostTasks(nodes: readonly Nodes[], source: string): LostTask[] {
  const lost: LostTask[] = []
  for (const node of nodes) {
    walk(node, (paragraph) => {
      if (paragraph.type !== 'paragraph') return
      for (const line of sourceLines(source, paragraph).slice(1)) {
        const match = taskLine.exec(line.text)
        if (!match?.[1]) continue
        const marker = match[1]
        const ordered = /^\d/.test(marker)
        lost.push({
          ...line,
          marker,
          checked: match[2] !== ' ',
          why:
            ordered && !/^0*1[.)]$/.test(marker)
              ? `an ordered list that starts at ${Number.parseInt(marker, 10)} cannot interrupt a paragraph; add a blank line before it or number the list from 1`
              : "the line continues the paragraph above (indented four or more columns past its parent, or inside a paragraph); indent it by exactly its parent's content width"
        })
      }
    })
  }
  return lost
}
