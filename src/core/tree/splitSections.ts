import type { Heading, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { normalizeKey } from '../normalize/normalizeKey.js'
import { stripEmoji } from '../normalize/stripEmoji.js'

/** The nodes under one heading, up to the next heading of the same or a higher level. */
export interface Section {
  heading?: Heading
  /** The heading's words, normalised (`## ✅ Success Criteria` → `success criteria`). */
  title: string
  nodes: RootContent[]
}

/** Splits block nodes at every heading of depth `maxDepth` or less; nodes before the first heading form an untitled section. */
export function splitSections(nodes: readonly RootContent[], maxDepth: number): Section[] {
  const sections: Section[] = [{ title: '', nodes: [] }]
  for (const node of nodes) {
    if (node.type === 'heading' && node.depth <= maxDepth) {
      sections.push({ heading: node, title: headingTitle(node), nodes: [] })
    } else {
      sections.at(-1)?.nodes.push(node)
    }
  }
  return sections
}

/** A heading's words without emoji or punctuation, lower case. */
export function headingTitle(heading: Heading): string {
  return normalizeKey(stripEmoji(toString(heading)))
}
