import type { Node } from 'unist'

/** One line of a node's source, without container prefixes (`>`, indentation) or hard-break markers. */
export interface SourceLine {
  text: string
  line: number
  column: number
}

/** The source lines a node spans, as its reader sees them: blockquote markers and indentation removed. */
export function sourceLines(source: string, node: Node): SourceLine[] {
  const start = node.position?.start
  const end = node.position?.end
  if (start?.offset === undefined || end?.offset === undefined) return []
  return source
    .slice(start.offset, end.offset)
    .split(/\r\n|\r|\n/)
    .map((raw, index) => {
      const prefix = index === 0 ? '' : (/^[ \t]*(?:>[ \t]?)*[ \t]*/.exec(raw)?.[0] ?? '')
      const text = raw
        .slice(prefix.length)
        // From the first of the trailing spaces only: each later start would rescan the run.
        .replace(/(?:(?<! ) {2,}|\\)$/, '')
        .trimEnd()
      return {
        text,
        line: start.line + index,
        column: index === 0 ? start.column : prefix.length + 1
      }
    })
}
