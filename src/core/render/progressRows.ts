import type { ExtractedDocument } from '../types/documents.js'

/** One document's progress as the tables show it. */
export interface ProgressRow {
  path: string
  kind: ExtractedDocument['kind']
  agent?: string
  /** The plan's self-reported status, when it has one. */
  claimed?: string
  done: number
  total: number
}

/**
 * The rows of the progress tables: every plan, and every other document that
 * has checkboxes. `done / total` counts GitHub's boxes only.
 */
export function progressRows(documents: readonly ExtractedDocument[]): ProgressRow[] {
  return documents.flatMap((document) => {
    const { checked, unchecked } = document.checkboxes
    const total = checked + unchecked
    if (total === 0 && document.kind !== 'plan') return []
    const row: ProgressRow = {
      path: document.identity.path,
      kind: document.kind,
      done: checked,
      total
    }
    if ('agent' in document && document.agent) row.agent = document.agent
    if (document.kind === 'plan' && document.finalStatus?.completionStatus)
      row.claimed = document.finalStatus.completionStatus
    return [row]
  })
}

/** `done / total` as a whole percentage, or `-` when there is nothing to count. */
export function percent(row: Pick<ProgressRow, 'done' | 'total'>): string {
  return row.total === 0 ? '-' : `${((100 * row.done) / row.total).toFixed(0)}%`
}
