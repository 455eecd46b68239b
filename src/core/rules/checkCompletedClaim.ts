import type { Extraction } from '../Extraction.js'
import type { ExtractedDocument } from '../types/documents.js'
import { countUnchecked, planTasks } from './planTasks.js'

/**
 * `status-completed-unchecked`: a plan whose Final Status says COMPLETED must
 * have every success criterion, step and task of its dialect checked (a
 * Backlog.md task `Done` with its acceptance criteria open); otherwise the
 * claim is not evidence.
 */
export function checkCompletedClaim(
  plan: Extract<ExtractedDocument, { kind: 'plan' }>,
  extraction: Extraction
): void {
  if (plan.finalStatus?.completionStatus !== 'completed') return
  const { criteria, steps, own } = planTasks(plan)
  const uncheckedCriteria = countUnchecked(criteria)
  const uncheckedSteps = countUnchecked(steps)
  const uncheckedOwn = countUnchecked(own)
  if (uncheckedCriteria + uncheckedSteps + uncheckedOwn === 0) return
  const found = [
    uncheckedCriteria > 0
      ? `${uncheckedCriteria} of ${criteria.length} success criteria unchecked`
      : '',
    uncheckedSteps > 0 ? `${uncheckedSteps} of ${steps.length} steps unchecked` : '',
    uncheckedOwn > 0 ? `${uncheckedOwn} of ${own.length} tasks unchecked` : ''
  ]
    .filter(Boolean)
    .join(' and ')
  const [every, all] =
    own.length > 0
      ? ['success criterion, step and task', 'success criteria, steps and tasks']
      : ['success criterion and step', 'success criteria and steps']
  extraction.report(
    'status-completed-unchecked',
    extraction.placeOf('/finalStatus/completionStatus'),
    `Expected every ${every} checked for a plan that claims COMPLETED, found ${found}`,
    { expected: `all ${all} checked`, actual: found }
  )
}
