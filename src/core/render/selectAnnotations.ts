import type { SummaryFinding } from './renderCheckSummary.js'

/** GitHub shows at most 10 annotations of each level per step. */
const annotationsPerLevel = 10

/**
 * Chooses the findings to annotate within GitHub's caps: the first ten of each
 * severity, and the count of those left out (to say so in one notice). The
 * notice takes one of the infos' places.
 */
export function selectAnnotations(findings: readonly SummaryFinding[]): {
  annotate: SummaryFinding[]
  omitted: number
} {
  const bySeverity = (severity: SummaryFinding['severity']) =>
    findings.filter((finding) => finding.severity === severity)
  const errors = bySeverity('error').slice(0, annotationsPerLevel)
  const warnings = bySeverity('warning').slice(0, annotationsPerLevel)
  const infoSlots = annotationsPerLevel - 1
  const infos = bySeverity('info')
  const omittedBeforeInfos = findings.length - errors.length - warnings.length - infos.length
  const fitsAllInfos = omittedBeforeInfos === 0 && infos.length <= annotationsPerLevel
  const chosenInfos = fitsAllInfos ? infos : infos.slice(0, infoSlots)
  const annotate = [...errors, ...warnings, ...chosenInfos]
  return { annotate, omitted: findings.length - annotate.length }
}
