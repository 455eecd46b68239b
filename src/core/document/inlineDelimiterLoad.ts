/**
 * The most emphasis, strikethrough and link delimiters (`*`, `_`, `~`, `[`,
 * `]`) in one block of `source` (lines between blank lines), counted in one
 * linear pass without parsing. micromark pairs these delimiters by scanning
 * back over the open ones, so its time grows with the square of this count
 * within one paragraph: 8,000 of them (24 KB of `*a_`) take it 9 s, while a
 * plan's largest block holds a few hundred. A block holds every paragraph
 * it contains, so the count is an upper bound.
 */
export function inlineDelimiterLoad(source: string): number {
  let most = 0
  let current = 0
  let lineBlank = true
  for (let index = 0; index < source.length; index++) {
    const code = source.charCodeAt(index)
    if (code === 10 || code === 13) {
      // A blank line ends the block (the \n of a \r\n belongs to the same line break).
      if (code === 13 && source.charCodeAt(index + 1) === 10) index++
      if (lineBlank) current = 0
      lineBlank = true
      continue
    }
    if (code !== 32 && code !== 9) lineBlank = false
    // * _ ~ [ ]
    if (code === 42 || code === 95 || code === 126 || code === 91 || code === 93) {
      current++
      if (current > most) most = current
    }
  }
  return most
}
