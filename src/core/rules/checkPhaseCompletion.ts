import type { Extraction } from '../Extraction.js'
import type { ExtractedDocument } from '../types/documents.js'
import { walkTasks } from './walkTasks.js'

/**
 * `phase-complete-unchecked`: a phase marked complete (status ✅/COMPLETED, or
 * every completion criterion ticked) must have no unchecked step.
 */
export function checkPhaseCompletion(
  plan: Extract<ExtractedDocument, { kind: 'plan' }>,
  extraction: Extraction
): void {
  ;(plan.phases ?? []).forEach((phase, index) => {
    const criteriaDone =
      phase.completionCriteria.length > 0 &&
      phase.completionCriteria.every((task) => task.state === 'checked')
    if (phase.status !== 'completed' && !criteriaDone) return
    const steps = walkTasks(phase.steps, '')
    const unchecked = steps.filter(({ task }) => task.state === 'unchecked').length
    if (unchecked === 0) return
    const marker =
      phase.status === 'completed' ? 'marked completed' : 'with every completion criterion checked'
    extraction.report(
      'phase-complete-unchecked',
      extraction.placeOf(`/phases/${index}`),
      `Expected every step of phase ${phase.number} checked (it is ${marker}), found ${unchecked} of ${steps.length} unchecked`,
      { expected: 'all steps checked', actual: `${unchecked} unchecked` }
    )
  })
}
