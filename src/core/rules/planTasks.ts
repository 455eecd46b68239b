import type { ExtractedDocument } from '../types/documents.js'
import { walkTasks, type TaskAt } from './walkTasks.js'

type PlanDraft = Extract<ExtractedDocument, { kind: 'plan' }>

/** A plan's checkable items by group, each with its pointer. */
export function planTasks(plan: PlanDraft): {
  criteria: TaskAt[]
  steps: TaskAt[]
  phaseCriteria: TaskAt[]
  /** The dialect's own tasks (ExecPlan Progress, Backlog.md Definition of Done, Cursor todos…). */
  own: TaskAt[]
} {
  const phases = plan.phases ?? []
  return {
    criteria: walkTasks(plan.successCriteria, '/successCriteria'),
    steps: phases.flatMap((phase, index) => walkTasks(phase.steps, `/phases/${index}/steps`)),
    phaseCriteria: phases.flatMap((phase, index) =>
      walkTasks(phase.completionCriteria, `/phases/${index}/completionCriteria`)
    ),
    own: walkTasks(plan.tasks, '/tasks')
  }
}

/** How many of `tasks` are unchecked. */
export function countUnchecked(tasks: readonly TaskAt[]): number {
  return tasks.filter(({ task }) => task.state === 'unchecked').length
}
