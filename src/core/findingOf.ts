import type { VFileMessage } from 'vfile-message'
import type { SummaryFinding } from './render/renderCheckSummary.js'
import type { Severity } from './rules/ruleCatalog.js'

/** A vfile message's severity: `fatal` true is an error, false a warning, unset an info. */
export function severityOf(message: VFileMessage): Severity {
  return message.fatal === true ? 'error' : message.fatal === false ? 'warning' : 'info'
}

/** A message of the file at `path` as a finding for summaries and annotations. */
export function findingOf(path: string, message: VFileMessage): SummaryFinding {
  const finding: SummaryFinding = { path, severity: severityOf(message), reason: message.reason }
  if (message.line != null) finding.line = message.line
  if (message.column != null) finding.column = message.column
  if (message.ruleId) finding.ruleId = message.ruleId
  return finding
}
