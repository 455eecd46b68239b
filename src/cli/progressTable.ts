import type { CheckedFile } from '../pipeline/checkFiles.js'

/**
 * A plain-text table of checkbox progress per document, for the terminal:
 * path, kind, agent, claimed status, checked / total and percent.
 */
export function progressTable(files: readonly CheckedFile[]): string {
  const rows = files.flatMap(({ parsed }) => {
    if (!parsed) return []
    const { document } = parsed
    const { checked, unchecked } = document.checkboxes
    const total = checked + unchecked
    if (total === 0 && document.kind !== 'plan') return []
    const agent = 'agent' in document && document.agent ? document.agent : '-'
    const status = document.kind === 'plan' ? (document.finalStatus?.completionStatus ?? '-') : '-'
    const percent = total === 0 ? '-' : `${((100 * checked) / total).toFixed(0)}%`
    return [[document.identity.path, document.kind, agent, status, `${checked}/${total}`, percent]]
  })
  const header = ['document', 'kind', 'agent', 'claimed', 'done', '%']
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
