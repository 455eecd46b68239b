/** How deeply a document nests, and the first line that reaches that depth. */
export interface Nesting {
  depth: number
  line: number
}

/** A block-quote marker or a list marker opening a container, after up to three spaces. */
const containerMarker = /^ {0,3}(?:>|[-*+](?=[ \t]|$)|\d{1,9}[.)](?=[ \t]|$))[ \t]?/

/**
 * An upper bound on how deeply the block containers of `source` nest (block
 * quotes and list items), read line by line without parsing: the markers
 * that open a line (`> - 1. [ ] x` is three), plus the levels its
 * indentation can reach (two columns per list level). Linear in the source,
 * so it can guard the parser, whose time and stack grow with the depth.
 */
export function nestingDepth(source: string): Nesting {
  let deepest: Nesting = { depth: 0, line: 1 }
  let lineNumber = 0
  for (const line of source.split(/\r\n|\r|\n/)) {
    lineNumber++
    const indent = /^[ \t]*/.exec(line)?.[0] ?? ''
    const columns = [...indent].reduce((sum, char) => sum + (char === '\t' ? 4 : 1), 0)
    let rest = line.slice(indent.length)
    let markers = 0
    for (
      let match = containerMarker.exec(rest);
      match && match[0] !== '';
      match = containerMarker.exec(rest)
    ) {
      markers++
      rest = rest.slice(match[0].length)
    }
    const depth = Math.floor(columns / 2) + markers
    if (depth > deepest.depth) deepest = { depth, line: lineNumber }
  }
  return deepest
}
