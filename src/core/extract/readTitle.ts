import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Extraction } from '../Extraction.js'
import type { Field } from '../tree/readFields.js'

const kindPrefix =
  /^\s*(execution plan analysis|plan analysis|execution plan|agent performance review|agent review)\s*[:—–-]?\s*/i

/**
 * The document's title: its first H1 without the kind prefix
 * (`EXECUTION PLAN: Fix login` → `Fix login`), else the front matter `title`.
 */
export function readTitle(
  tree: Root,
  header: ReadonlyMap<string, Field>,
  extraction: Extraction
): string | undefined {
  const heading = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
  if (heading) {
    extraction.at('/title', heading.position)
    const text = toString(heading).replace(/\s+/g, ' ').trim()
    return text.replace(kindPrefix, '') || text
  }
  const field = header.get('title')
  if (field) extraction.at('/title', field.place)
  return field?.text || undefined
}
