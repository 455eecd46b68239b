import { severityOf } from '../core/findingOf.js'
import type { CheckResult } from './checkFiles.js'

/** Counts of a check run and its one-line summary. */
export interface Summary {
  documents: number
  kinds: Record<string, number>
  errors: number
  warnings: number
  infos: number
  line: string
}

/** Counts documents by kind and messages by severity. */
export function summarize(result: CheckResult): Summary {
  const kinds: Record<string, number> = {}
  let errors = 0
  let warnings = 0
  let infos = 0
  for (const { file, parsed } of result.files) {
    const kind = parsed?.document.kind ?? 'unreadable'
    kinds[kind] = (kinds[kind] ?? 0) + 1
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
  const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`
  const line = `planmark: ${plural(result.files.length, 'document')} checked (${byKind || 'none'}): ${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(infos, 'info')}`
  return { documents: result.files.length, kinds, errors, warnings, infos, line }
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
