import type { Extraction } from '../Extraction.js'
import type { TaskAt } from './walkTasks.js'

/**
 * `parent-child-mismatch`: a checked item with unchecked children claims more
 * than was done; an unchecked item whose children are all checked was
 * probably finished and not ticked. An item marked with an emoji (`- ✅ Refunds`)
 * has no box on GitHub: it heads a group, and its children are not its parts.
 */
export function checkParentChild(tasks: readonly TaskAt[], extraction: Extraction): void {
  for (const { task, pointer } of tasks) {
    if (task.emoji) continue
    const boxes = task.children.filter(
      (child) => child.state === 'checked' || child.state === 'unchecked'
    )
    if (boxes.length === 0) continue
    const unchecked = boxes.filter((child) => child.state === 'unchecked').length
    if (task.state === 'checked' && unchecked > 0) {
      extraction.report(
        'parent-child-mismatch',
        extraction.placeOf(pointer),
        `Expected every child of a checked item checked, found ${unchecked} of ${boxes.length} unchecked`,
        {
          expected: 'all children checked',
          actual: `${unchecked} unchecked`
        }
      )
    } else if (task.state === 'unchecked' && unchecked === 0) {
      extraction.report(
        'parent-child-mismatch',
        extraction.placeOf(pointer),
        `Expected this item checked, since all ${boxes.length} of its children are, found it unchecked`,
        {
          expected: 'checked',
          actual: 'unchecked'
        }
      )
    }
  }
}
