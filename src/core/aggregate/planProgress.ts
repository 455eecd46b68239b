import { walkTasks } from '../rules/walkTasks.js'
import { isCheckbox } from '../tree/isCheckbox.js'
import type { ExtractedDocument } from '../types/documents.js'
import type { PlanProgress, Progress, Task } from '../types/generated.js'

/**
 * A plan's progress (docs/metrics.md), the one figure every output shows:
 * its checkboxes as GitHub renders them, ticked out of all. The success
 * criteria, each phase (steps and completion criteria) and the boxes
 * elsewhere split it, and their counts add up to it.
 */
export function planProgress(plan: Extract<ExtractedDocument, { kind: 'plan' }>): PlanProgress {
  const done = plan.checkboxes.checked
  const total = plan.checkboxes.checked + plan.checkboxes.unchecked
  const criteria = boxesIn(plan.successCriteria)
  const phases = (plan.phases ?? []).map((phase) => ({
    number: phase.number,
    name: phase.name,
    ...boxesIn([...phase.steps, ...phase.completionCriteria]),
    ...(phase.status ? { status: phase.status } : {})
  }))
  const inSections = [criteria, ...phases]
  return {
    done,
    total,
    boxes: plan.checkboxes,
    criteria,
    phases,
    other: {
      done: done - inSections.reduce((sum, section) => sum + section.done, 0),
      total: total - inSections.reduce((sum, section) => sum + section.total, 0)
    }
  }
}

function boxesIn(tasks: readonly Task[] | undefined): Progress {
  const boxes = walkTasks(tasks, '')
    .map(({ task }) => task)
    .filter(isCheckbox)
  return { done: boxes.filter((task) => task.state === 'checked').length, total: boxes.length }
}
