/** An unresolved merge conflict: the lines from `<<<<<<<` to `>>>>>>>`, 1-based and inclusive. */
export interface ConflictRegion {
  startLine: number
  endLine: number
}

const fence = /^ {0,3}(`{3,}|~{3,})/

/**
 * The merge conflicts git left in `source`: a `<<<<<<<` line, then a
 * `=======` line, then a `>>>>>>>` line, each at the start of its line and
 * outside fenced code (where a plan may show one as an example). Read line by
 * line, in one pass.
 */
export function conflictRegions(source: string): ConflictRegion[] {
  const regions: ConflictRegion[] = []
  let open: { line: number; separated: boolean } | undefined
  let code: { char: string; length: number } | undefined
  const lines = source.split(/\r\n|\r|\n/)
  for (const [index, line] of lines.entries()) {
    const lineNumber = index + 1
    const marker = fence.exec(line)?.[1]
    if (code) {
      if (marker?.[0] === code.char && marker.length >= code.length && line.trim() === marker)
        code = undefined
      continue
    }
    if (marker && !open) {
      code = { char: marker[0] as string, length: marker.length }
      continue
    }
    if (/^<{7}(?:[ \t]|$)/.test(line)) open = { line: lineNumber, separated: false }
    else if (open && /^={7}[ \t]*$/.test(line)) open.separated = true
    else if (open?.separated && /^>{7}(?:[ \t]|$)/.test(line)) {
      regions.push({ startLine: open.line, endLine: lineNumber })
      open = undefined
    }
  }
  return regions
}

/**
 * `source` with every character of the conflicts' lines but the line breaks
 * turned into spaces: neither side is read, and every other line, column and
 * offset stays where it was.
 */
export function blankConflicts(source: string, regions: readonly ConflictRegion[]): string {
  if (regions.length === 0) return source
  const parts = source.split(/(\r\n|\r|\n)/)
  for (const { startLine, endLine } of regions)
    for (let line = startLine; line <= endLine; line++) {
      const part = parts[(line - 1) * 2]
      if (part !== undefined) parts[(line - 1) * 2] = ' '.repeat(part.length)
    }
  return parts.join('')
}
