import { dialectOf } from '../core/extract/dialects/dialectOf.js'
import { severityOf } from '../core/findingOf.js'
import type { CheckResult } from './checkFiles.js'

/** Counts of a check run and its one-line summary. */
export interface Summary {
  documents: number
  kinds: Record<string, number>
  /** Documents by the dialect they were read in (docs/formats.md), planmark's and generic ones included. */
  dialects: Record<string, number>
  errors: number
  warnings: number
  infos: number
  line: string
}

/** Counts documents by kind and dialect, and messages by severity; the line names the agent tools' dialects found. */
export function summarize(result: CheckResult): Summary {
  const kinds: Record<string, number> = {}
  const dialects: Record<string, number> = {}
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const { file, parsed } of result.files) {
    const kind = parsed?.document.kind ?? 'unreadable'
    kinds[kind] = (kinds[kind] ?? 0) + 1
    if (parsed) {
      const dialect = dialectOf(parsed.document)
      dialects[dialect] = (dialects[dialect] ?? 0) + 1
    }
    for (const message of file.messages) {
      const severity = severityOf(message)
      if (severity === 'error') errors++
      else if (severity === 'warning') warnings++
      else infos++
    }
  }
  const byKind = Object.entries(kinds)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([kind, count]) => `${count} ${kind}`)
    .join(', ')
  // planmark's own and plain checklists are the default: name only the agent tools' formats found.
  const byDialect = Object.entries(dialects)
    .filter(([dialect]) => dialect !== 'planmark' && dialect !== 'generic')
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([dialect, count]) => `${count} ${dialect}`)
    .join(', ')
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
  const found = byDialect ? `${byKind}; dialects: ${byDialect}` : byKind || 'none'
  const line = `planmark: ${plural(result.files.length, 'document')} checked (${found}): ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}`
  return { documents: result.files.length, kinds, dialects, errors, warnings, infos, line }
}

/** How many findings are at or above `failOn`: what makes a check fail. */
export function failingCount(
  summary: Pick<Summary, 'errors' | 'warnings'>,
  failOn: 'error' | 'warning' | 'never'
): number {
  return failOn === 'error'
    ? summary.errors
    : failOn === 'warning'
      ? summary.errors + summary.warnings
      : 0
}
