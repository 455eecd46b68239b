import type { Task } from '../../types/generated.js'

/** Calls `visit` on every task of a tree, parents before their children. */
export function eachTask(tasks: readonly Task[] | undefined, visit: (task: Task) => void): void {
  for (const task of tasks ?? []) {
    visit(task)
    eachTask(task.children, visit)
  }
}
