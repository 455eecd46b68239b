import type { Extraction } from '../Extraction.js'
import type { ExtractedDocument } from '../types/documents.js'
import { planTasks } from './planTasks.js'

/**
 * `success-rate-mismatch`: the self-reported success rate should match the
 * fraction of checked items (criteria, steps and phase criteria) within the
 * configured tolerance in percentage points.
 */
export function checkSuccessRate(
  plan: Extract<ExtractedDocument, { kind: 'plan' }>,
  extraction: Extraction
): void {
  const claimed = plan.finalStatus?.successRate
  if (claimed === undefined) return
  const { criteria, steps, phaseCriteria } = planTasks(plan)
  const boxes = [...criteria, ...steps, ...phaseCriteria].filter(
    ({ task }) => task.state === 'checked' || task.state === 'unchecked'
  )
  if (boxes.length === 0) return
  const checked = boxes.filter(({ task }) => task.state === 'checked').length
  const measured = Math.round((1000 * checked) / boxes.length) / 10
  if (Math.abs(measured - claimed) <= extraction.config.successRateTolerance) return
  extraction.report(
    'success-rate-mismatch',
    extraction.placeOf('/finalStatus/successRate'),
    `Expected a success rate near ${measured}% (${checked} of ${boxes.length} items checked), found ${claimed}%`,
    { expected: `${measured}%`, actual: `${claimed}%` }
  )
}
