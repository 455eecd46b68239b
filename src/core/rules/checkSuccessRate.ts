import type { Extraction } from '../Extraction.js'
import type { ExtractedDocument } from '../types/documents.js'
import { planProgress } from '../aggregate/planProgress.js'

/**
 * `success-rate-mismatch`: the self-reported success rate should match the
 * plan's progress (its boxes ticked out of all, docs/metrics.md) within the
 * configured tolerance in percentage points.
 */
export function checkSuccessRate(
  plan: Extract<ExtractedDocument, { kind: 'plan' }>,
  extraction: Extraction
): void {
  const claimed = plan.finalStatus?.successRate
  if (claimed === undefined) return
  const { done, total } = planProgress(plan)
  if (total === 0) return
  const measured = Math.round((1000 * done) / total) / 10
  if (Math.abs(measured - claimed) <= extraction.config.successRateTolerance) return
  extraction.report(
    'success-rate-mismatch',
    extraction.placeOf('/finalStatus/successRate'),
    `Expected a success rate near ${measured}% (${done} of ${total} boxes ticked), found ${claimed}%`,
    { expected: `${measured}%`, actual: `${claimed}%` }
  )
}
