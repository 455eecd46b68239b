import type { Task } from '../types/generated.js'

/** Whether GitHub renders the task as a checkbox: `[ ]` or `[x]`, not a text or emoji state. */
export function isCheckbox(task: Task): boolean {
  return task.emoji !== true && (task.state === 'checked' || task.state === 'unchecked')
}
