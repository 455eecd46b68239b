import type { Nodes } from 'mdast'
import { walk } from './walk.js'
import type { CheckboxCounts } from '../types/generated.js'
import { findLostTasks } from './findLostTasks.js'
import { taskState } from './taskState.js'

/** Counts the checkboxes in `nodes` the way GitHub renders them, with text-only states apart. */
export function countCheckboxes(nodes: readonly Nodes[], source: string): CheckboxCounts {
  const counts: CheckboxCounts = { checked: 0, unchecked: 0, inProgress: 0, dropped: 0, lost: 0 }
  for (const node of nodes) {
    walk(node, (item) => {
      if (item.type !== 'listItem') return
      const state = taskState(item)
      if (state === 'checked') counts.checked++
      else if (state === 'unchecked') counts.unchecked++
      else if (state === 'in_progress') counts.inProgress++
      else if (state === 'dropped') counts.dropped++
    })
  }
  counts.lost = findLostTasks(nodes, source).length
  return counts
}
