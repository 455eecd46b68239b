import type { Nodes } from 'mdast'
import { visit } from 'unist-util-visit'
import { sourceLines, type SourceLine } from './sourceLines.js'

/** A line that looks like a task but that GitHub renders as paragraph text. */
export interface LostTask extends SourceLine {
  /** The ordered-list number it starts with. */
  number: number
  checked: boolean
}

const taskLine = /^(\d{1,9})[.)][ \t]+\[([ xX])\](?:[ \t]|$)/

/**
 * Finds `5. [x] …` lines inside paragraphs. CommonMark lets only an ordered
 * list starting at 1 interrupt a paragraph, so `**Steps**:` followed directly
 * by `5. [x] step` is one paragraph on GitHub and its tasks are lost.
 */
export function findLostTasks(nodes: readonly Nodes[], source: string): LostTask[] {
  const lost: LostTask[] = []
  for (const node of nodes) {
    visit(node, 'paragraph', (paragraph) => {
      for (const line of sourceLines(source, paragraph).slice(1)) {
        const match = taskLine.exec(line.text)
        if (match) lost.push({ ...line, number: Number(match[1]), checked: match[2] !== ' ' })
      }
    })
  }
  return lost
}
