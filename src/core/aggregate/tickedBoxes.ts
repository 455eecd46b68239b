import { walkTasks } from '../rules/walkTasks.js'
import { isCheckbox } from '../tree/isCheckbox.js'
import type { ExtractedDocument } from '../types/documents.js'
import type { PlanProgress } from '../types/generated.js'

/**
 * The ticked boxes of a plan, each named by its section and text (a box
 * outside the criteria and phases by its section alone), so two versions of
 * a plan can be compared box by box: what a change ticked and unticked.
 */
export function tickedBoxes(
  plan: Extract<ExtractedDocument, { kind: 'plan' }>,
  progress: PlanProgress
): string[] {
  const ticked = (section: string, tasks: Parameters<typeof walkTasks>[0]) =>
    walkTasks(tasks, '').flatMap(({ task }) =>
      isCheckbox(task) && task.state === 'checked' ? [`${section}\u0000${task.text}`] : []
    )
  return [
    ...ticked('criteria', plan.successCriteria),
    ...(plan.phases ?? []).flatMap((phase) =>
      ticked(`phase ${phase.number}`, [...phase.steps, ...phase.completionCriteria])
    ),
    ...Array.from({ length: progress.other.done }, () => 'other')
  ]
}

/** How many boxes `after` ticks and unticks against `before` (lists from `tickedBoxes`). */
export function boxChanges(
  before: readonly string[],
  after: readonly string[]
): { ticked: number; unticked: number } {
  const balance = new Map<string, number>()
  for (const box of after) balance.set(box, (balance.get(box) ?? 0) + 1)
  for (const box of before) balance.set(box, (balance.get(box) ?? 0) - 1)
  let ticked = 0
  let unticked = 0
  for (const count of balance.values()) {
    if (count > 0) ticked += count
    else unticked -= count
  }
  return { ticked, unticked }
}
