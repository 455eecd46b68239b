import type { Paragraph, PhrasingContent } from 'mdast'
import type { SourceLine } from './sourceLines.js'

const escapedPunctuation = /\\[!-/:-@[-`{-~]/g

/**
 * The words a person sees on one source line of a paragraph, from `column`
 * on: read from the tree's own nodes, so emphasis, code and links are what
 * GitHub parsed (an intraword `CLAUDE_SONNET_4` stays as written), link
 * targets and HTML are left out, and whitespace is collapsed.
 */
export function inlineText(paragraph: Paragraph, line: SourceLine, column: number): string {
  const pieces: string[] = []
  const visit = (node: PhrasingContent) => {
    if ('children' in node) {
      for (const child of node.children) visit(child)
      return
    }
    const start = node.position?.start
    const end = node.position?.end
    if (!start || !end || start.line > line.line || end.line < line.line) return
    if (end.line === line.line && end.column <= column) return
    if (node.type === 'break') pieces.push(' ')
    else if (node.type === 'text') pieces.push(textOnLine(node.value, start, line, column))
    else if (node.type === 'inlineCode' || node.type === 'image' || node.type === 'imageReference')
      pieces.push(start.line === line.line ? ('value' in node ? node.value : (node.alt ?? '')) : '')
  }
  for (const child of paragraph.children) visit(child)
  return pieces.join('').replace(/\s+/g, ' ').trim()
}

/** The part of a text node's value that stands on `line` from `column` on. */
function textOnLine(
  value: string,
  start: { line: number; column: number },
  line: SourceLine,
  column: number
): string {
  const piece = value.split('\n')[line.line - start.line] ?? ''
  const pieceColumn = start.line === line.line ? start.column : line.column
  if (column <= pieceColumn) return piece
  // A backslash escape is two characters of source but one of value.
  const skipped = line.text.slice(pieceColumn - line.column, column - line.column)
  return piece.slice(skipped.length - (skipped.match(escapedPunctuation)?.length ?? 0))
}
