import type { Root } from 'mdast'
import type { Position } from 'unist'
import { isMap, isScalar, isSeq, parseDocument, type Node as YamlNode } from 'yaml'
import type { Extraction } from '../Extraction.js'
import { normalizeKey } from '../normalize/normalizeKey.js'
import type { Field } from './readFields.js'
import { scalarText } from './scalarText.js'

/**
 * Reads YAML front matter into fields keyed like Markdown header keys
 * (`start_time` and `Start Time` are one key). Invalid YAML is reported and
 * yields no fields; aliases are never expanded, so a YAML bomb stays small.
 */
export function readFrontMatter(tree: Root, extraction: Extraction): Map<string, Field> {
  const fields = new Map<string, Field>()
  const node = tree.children[0]
  if (node?.type !== 'yaml' || !node.position) return fields
  const firstLine = node.position.start.line + 1
  const lineStarts = lineStartOffsets(node.value)
  const placeOf = (range: readonly number[] | null | undefined): Position => {
    const offset = range?.[0] ?? 0
    let index = 0
    while (index + 1 < lineStarts.length && (lineStarts[index + 1] ?? Infinity) <= offset) index++
    const point = { line: firstLine + index, column: offset - (lineStarts[index] ?? 0) + 1 }
    return { start: point, end: point }
  }
  const document = parseDocument(node.value, { uniqueKeys: true, prettyErrors: false })
  if (document.errors.length > 0) {
    const error = document.errors[0]
    extraction.report(
      'front-matter-invalid',
      placeOf(error?.pos),
      `Expected YAML front matter, found an error: ${error?.message.split('\n')[0]}`,
      {
        expected: 'valid YAML',
        actual: error?.code ?? 'invalid YAML'
      }
    )
    return fields
  }
  if (!isMap(document.contents)) {
    if (document.contents) {
      extraction.report(
        'front-matter-invalid',
        placeOf(document.contents.range),
        'Expected front matter to be a mapping of keys to values',
        {
          expected: 'a mapping',
          actual: 'another YAML value'
        }
      )
    }
    return fields
  }
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key)) continue
    const key = normalizeKey(String(pair.key.value))
    const value = pair.value as YamlNode | null
    const place = placeOf(value?.range ?? pair.key.range)
    if (isSeq(value)) {
      const list = value.items
        .map((entry) => (isScalar(entry) ? scalarText(entry, node.value) : ''))
        .filter(Boolean)
      fields.set(key, { key, text: list.join(', '), markdown: list.join(', '), list, place })
    } else if (isScalar(value) && value.value !== null) {
      const text = scalarText(value, node.value)
      fields.set(key, { key, text, markdown: text, place })
    }
  }
  return fields
}

function lineStartOffsets(text: string): number[] {
  const starts = [0]
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') starts.push(index + 1)
  return starts
}
