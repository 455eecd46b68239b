import type { Task } from '../types/generated.js'

/** A task with the JSON Pointer it sits at. */
export interface TaskAt {
  task: Task
  pointer: string
}

/** Every task of a task tree, depth first, with its pointer under `base`. */
export function walkTasks(tasks: readonly Task[] | undefined, base: string): TaskAt[] {
  return (tasks ?? []).flatMap((task, index) => {
    const pointer = `${base}/${index}`
    return [{ task, pointer }, ...walkTasks(task.children, `${pointer}/children`)]
  })
}
