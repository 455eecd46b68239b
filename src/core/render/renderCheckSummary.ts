import type { ExtractedDocument } from '../types/documents.js'
import { escapeMarkdown } from './escapeMarkdown.js'
import { percent, progressRows } from './progressRows.js'

/** A finding as the summary lists it. */
export interface SummaryFinding {
  path: string
  line?: number
  column?: number
  severity: 'error' | 'warning' | 'info'
  ruleId?: string
  reason: string
}

/** What `renderCheckSummary` renders. */
export interface CheckSummaryInput {
  /** The one-line count of documents and findings. */
  headline: string
  documents: readonly ExtractedDocument[]
  findings: readonly SummaryFinding[]
  /** At most this many findings are listed (GitHub caps a job summary at 1 MiB). */
  maxFindings?: number
}

const severityOrder = { error: 0, warning: 1, info: 2 } as const

/** Renders the check's job summary as GitHub Markdown; every document-provided text is escaped. */
export function renderCheckSummary({
  headline,
  documents,
  findings,
  maxFindings = 500
}: CheckSummaryInput): string {
  const lines = ['## planmark check', '', escapeMarkdown(headline), '']
  const rows = progressRows(documents)
  if (rows.length > 0) {
    lines.push(
      '| Document | Kind | Agent | Claimed | Done | % |',
      '| --- | --- | --- | --- | ---: | ---: |'
    )
    for (const row of rows) {
      const cells = [row.path, row.kind, row.agent ?? '-', row.claimed ?? '-'].map(escapeMarkdown)
      lines.push(`| ${cells.join(' | ')} | ${row.done}/${row.total} | ${percent(row)} |`)
    }
    lines.push('')
  }
  const sorted = [...findings].sort((a, b) => severityOrder[a.severity] - severityOrder[b.severity])
  if (sorted.length > 0) {
    lines.push(
      '### Findings',
      '',
      '| Severity | Where | Rule | Finding |',
      '| --- | --- | --- | --- |'
    )
    for (const finding of sorted.slice(0, maxFindings)) {
      const where = `${finding.path}:${finding.line ?? 1}:${finding.column ?? 1}`
      lines.push(
        `| ${finding.severity} | ${escapeMarkdown(where)} | ${escapeMarkdown(finding.ruleId ?? '')} | ${escapeMarkdown(finding.reason)} |`
      )
    }
    if (sorted.length > maxFindings)
      lines.push(
        '',
        `${sorted.length - maxFindings} more findings are not listed; run \`planmark check\` to see them all.`
      )
    lines.push('')
  }
  return `${lines.join('\n')}\n`
}
