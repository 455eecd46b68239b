import { inertText } from '../core/inertText.js'
import { percent, progressRows } from '../core/render/progressRows.js'
import type { ExtractedDocument } from '../core/types/documents.js'
import { textTable } from './textTable.js'

/**
 * The progress table for the terminal: aligned columns, numbers right-aligned,
 * document text inert, and within `width` (a terminal's columns) by shortening
 * paths in the middle rather than wrapping.
 */
export function progressTable(documents: readonly ExtractedDocument[], width?: number): string {
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
  return textTable([header, ...rows], { numeric: new Set([4, 5]), shrink: 0, width })
}
