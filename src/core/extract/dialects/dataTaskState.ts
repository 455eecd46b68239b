import type { Task } from '../../types/generated.js'

/**
 * A task's state from a status written as data (Cursor todos, Task Master):
 * done/completed is checked; in progress, review and active are in progress;
 * cancelled and dropped are dropped; anything else (pending, deferred,
 * blocked, unknown words) is not done.
 */
export function dataTaskState(status: string): Task['state'] {
  const word = status.toLowerCase().replace(/[\s_-]+/g, '')
  if (['done', 'completed', 'complete', 'finished'].includes(word)) return 'checked'
  if (['inprogress', 'review', 'active', 'started', 'doing'].includes(word)) return 'in_progress'
  if (['cancelled', 'canceled', 'dropped', 'wontdo'].includes(word)) return 'dropped'
  return 'unchecked'
}
