import { inertText } from '../core/inertText.js'
import { percent, progressRows } from '../core/render/progressRows.js'
import type { ExtractedDocument } from '../core/types/documents.js'

/** The progress table for the terminal: aligned columns, numbers right-aligned, document text inert. */
export function progressTable(documents: readonly ExtractedDocument[]): string {
  const header = ['document', 'kind', 'agent', 'claimed', 'done', '%']
  const rows = progressRows(documents).map((row) =>
    [
      row.path,
      row.kind,
      row.agent ?? '-',
      row.claimed ?? '-',
      `${row.done}/${row.total}`,
      percent(row)
    ].map(inertText)
  )
  const table = [header, ...rows]
  const widths = header.map((_, column) =>
    Math.max(...table.map((row) => (row[column] ?? '').length))
  )
  const numeric = new Set([4, 5])
  return table
    .map((row) =>
      row
        .map((cell, column) =>
          numeric.has(column)
            ? cell.padStart(widths[column] ?? 0)
            : cell.padEnd(widths[column] ?? 0)
        )
        .join('  ')
        .trimEnd()
    )
    .join('\n')
}
