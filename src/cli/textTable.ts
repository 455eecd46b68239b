/** How a text table is laid out. */
export interface TextTableOptions {
  /** Columns whose cells are right-aligned (numbers). */
  numeric?: ReadonlySet<number>
  /** The column to shorten, in the middle, when the table is wider than `width` (paths, names). */
  shrink?: number
  /** The terminal's width; no limit when undefined (a file or a pipe). */
  width?: number
}

const gap = '  '
const ellipsis = '…'

/**
 * Aligned columns, two spaces apart, each line trimmed. When the table is
 * wider than `width`, the `shrink` column's long cells lose their middle
 * (`agents/perf…/plan-x.md`, keeping the start and the file name's end)
 * so that no line wraps; the other columns keep their text.
 */
export function textTable(rows: readonly string[][], options: TextTableOptions = {}): string {
  const columns = Math.max(0, ...rows.map((row) => row.length))
  const widths = Array.from({ length: columns }, (_, column) =>
    Math.max(0, ...rows.map((row) => [...(row[column] ?? '')].length))
  )
  const { shrink, width } = options
  if (shrink !== undefined && width !== undefined && shrink < columns) {
    const total = widths.reduce((sum, value) => sum + value, 0) + gap.length * (columns - 1)
    const over = total - (width - 1)
    // Never below a width that still says something: 12 characters.
    if (over > 0) widths[shrink] = Math.max(12, (widths[shrink] ?? 0) - over)
  }
  return rows
    .map((row) =>
      row
        .map((cell, column) => {
          const fitted = column === shrink ? shortenMiddle(cell, widths[column] ?? 0) : cell
          const pad = (widths[column] ?? 0) - [...fitted].length
          return options.numeric?.has(column)
            ? ' '.repeat(Math.max(0, pad)) + fitted
            : fitted + ' '.repeat(Math.max(0, pad))
        })
        .join(gap)
        .trimEnd()
    )
    .join('\n')
}

/** `text` in at most `width` characters, its middle replaced by an ellipsis; the end (a file name) gets the larger part. */
function shortenMiddle(text: string, width: number): string {
  const characters = [...text]
  if (characters.length <= width) return text
  const kept = Math.max(0, width - 1)
  const head = Math.floor(kept / 3)
  const tail = kept - head
  return (
    characters.slice(0, head).join('') + ellipsis + characters.slice(-tail || Infinity).join('')
  )
}
