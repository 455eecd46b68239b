import type { ListItem, Root, RootContent } from 'mdast'
import type { Point } from 'unist'
import { walk } from './walk.js'

type Container = Root | ListItem

const orderedStart = /^([ \t]*)(\d{1,9})[.)](?=[ \t]|$)/
const itemMarker = /^[ \t]*(?:[-*+]|\d{1,9}[.)])( {1,4}(?! )|\t)?/

/**
 * CommonMark starts a list at `5. item` right after an indented code block
 * (only a paragraph resists an ordered list not starting at 1); micromark
 * reads it as a paragraph. This re-parses the rest of the enclosing document
 * or list item from that line, as the list GitHub renders, keeping the start
 * number and exact source positions. Block quotes are not repaired; see
 * docs/checkbox-semantics.md.
 */
export function repairListsAfterCode(
  tree: Root,
  source: string,
  parse: (markdown: string) => Root
): void {
  const lineStarts = lineStartOffsets(source)
  for (const container of containers(tree)) repairContainer(container, source, lineStarts, parse)
}

/** The document and its list items, outside block quotes (whose `>` prefixes this repair does not strip). */
function containers(node: Root | RootContent): Container[] {
  if (node.type === 'blockquote' || !('children' in node)) return []
  const own = node.type === 'root' || node.type === 'listItem' ? [node] : []
  return [...own, ...(node.children as RootContent[]).flatMap(containers)]
}

function repairContainer(
  container: Container,
  source: string,
  lineStarts: number[],
  parse: (markdown: string) => Root
): void {
  const children = container.children as RootContent[]
  const index = children.findIndex((node, position) => {
    const previous = children[position - 1]
    const line = node.position?.start.line
    return (
      node.type === 'paragraph' &&
      previous?.type === 'code' &&
      previous.lang == null &&
      line !== undefined &&
      orderedStart.test(lineText(source, lineStarts, line))
    )
  })
  const firstLine = children[index]?.position?.start.line
  const lastLine = container.position?.end.line ?? lineStarts.length
  if (index === -1 || firstLine === undefined) return
  const width = container.type === 'listItem' ? contentWidth(source, container) : 0
  const stripped: number[] = []
  const lines: string[] = []
  for (let line = firstLine; line <= lastLine; line++) {
    const text = lineText(source, lineStarts, line)
    const leading = /^[ \t]*/.exec(text)?.[0] ?? ''
    // CommonMark counts a tab to the next multiple of 4 columns, and may use part of one.
    const columns = expandTabs(leading)
    const strip = Math.min(width, columns.length)
    // Source characters minus fragment characters before the content: negative when a tab was expanded.
    stripped.push(leading.length - (columns.length - strip))
    lines.push(columns.slice(strip) + text.slice(leading.length))
  }
  const [, indent = '', digits = '1'] = orderedStart.exec(lines[0] ?? '') ?? []
  // Renumbering to 1 (same width) lets the list start; the number is restored below.
  lines[0] = `${indent}${'1'.padStart(digits.length, '0')}${(lines[0] ?? '').slice(indent.length + digits.length)}`
  const text = lines.join('\n')
  const fragment = parse(text)
  repairListsAfterCode(fragment, text, parse)
  const toSource = (point: Point) => {
    const line = firstLine + point.line - 1
    point.column += stripped[point.line - 1] ?? 0
    point.line = line
    point.offset = (lineStarts[line - 1] ?? source.length) + point.column - 1
  }
  walk(fragment, (node) => {
    if (node.position) {
      toSource(node.position.start)
      toSource(node.position.end)
    }
  })
  const list = fragment.children[0]
  if (list?.type === 'list' && list.ordered) list.start = Number(digits)
  container.children = [
    ...children.slice(0, index),
    ...fragment.children
  ] as typeof container.children
}

/** The columns a list item's content is indented by: its marker and the spaces after it. */
function contentWidth(source: string, item: ListItem): number {
  const start = item.position?.start
  if (start?.offset === undefined) return 0
  const marker = itemMarker.exec(source.slice(start.offset - (start.column - 1), start.offset + 16))
  const [whole = '', spaces] = marker ?? []
  return spaces === undefined ? whole.length + 1 : whole.length
}

function expandTabs(whitespace: string): string {
  let columns = ''
  for (const character of whitespace)
    columns += character === '\t' ? ' '.repeat(4 - (columns.length % 4)) : ' '
  return columns
}

function lineStartOffsets(source: string): number[] {
  const starts = [0]
  for (const match of source.matchAll(/\r\n|\r|\n/g)) starts.push(match.index + match[0].length)
  return starts
}

function lineText(source: string, lineStarts: number[], line: number): string {
  const start = lineStarts[line - 1] ?? source.length
  const end = lineStarts[line] ?? source.length
  return source.slice(start, end).replace(/\r\n|\r|\n$/, '')
}
