import type { ListItem, Paragraph, RootContent } from 'mdast'
import type { Position } from 'unist'
import { normalizeKey } from '../normalize/normalizeKey.js'
import { parseFieldLine } from './parseFieldLine.js'
import { inlineText } from './inlineText.js'
import { sourceLines } from './sourceLines.js'

/** A `Key: value` fact found in the Markdown, with the position of its value. */
export interface Field {
  /** The normalised key (`start time`). */
  key: string
  /** The value as plain text. */
  text: string
  /** The value as written, Markdown included (links keep their targets). */
  markdown: string
  /** A YAML list, when the field came from front matter. */
  list?: string[]
  place: Position
  /** The list item the field heads, whose nested lists may hold more of its value. */
  item?: ListItem
}

/**
 * Reads the fields of a run of block nodes: every `Key: value` line of a
 * paragraph, and the first line of every list item (`- **Key**: value`).
 * Nested lists are not entered: they belong to the item that holds them.
 */
export function readFields(nodes: readonly RootContent[], source: string): Field[] {
  const fields: Field[] = []
  for (const node of nodes) {
    if (node.type === 'paragraph') fields.push(...paragraphFields(node, source))
    if (node.type === 'list') {
      for (const item of node.children) {
        const first = item.children[0]
        if (first?.type !== 'paragraph') continue
        const [field] = paragraphFields(first, source, 1)
        if (field) fields.push({ ...field, item })
      }
    }
  }
  return fields
}

function paragraphFields(paragraph: Paragraph, source: string, maxLines = Infinity): Field[] {
  const fields: Field[] = []
  for (const sourceLine of sourceLines(source, paragraph).slice(0, maxLines)) {
    const { text, line, column } = sourceLine
    const parsed = parseFieldLine(text)
    if (!parsed) continue
    const valueColumn = column + parsed.valueOffset
    fields.push({
      key: normalizeKey(parsed.name),
      text: inlineText(paragraph, sourceLine, valueColumn),
      markdown: parsed.value,
      place: {
        start: { line, column: valueColumn },
        end: { line, column: column + text.length }
      }
    })
  }
  return fields
}
