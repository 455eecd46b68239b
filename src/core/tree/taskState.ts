import type { ListItem } from 'mdast'
import type { Task } from '../types/generated.js'

const plainTextMarker = /^\[([/~-])\](?=\s|$)/

/**
 * The state of a list item as a task: GitHub's `[ ]`/`[x]` from the GFM
 * parser, or the `[/]`, `[~]` (in progress) and `[-]` (dropped) markers that
 * GitHub renders as text. Undefined for an ordinary item.
 */
export function taskState(item: ListItem): Task['state'] | undefined {
  if (item.checked === true) return 'checked'
  if (item.checked === false) return 'unchecked'
  const marker = plainTextMarker.exec(firstText(item))?.[1]
  if (marker === '-') return 'dropped'
  if (marker) return 'in_progress'
  return undefined
}

/** The text of an item's first paragraph with a plain-text state marker removed. */
export function taskMarkerLength(item: ListItem): number {
  return item.checked === null || item.checked === undefined
    ? (plainTextMarker.exec(firstText(item))?.[0].length ?? 0)
    : 0
}

function firstText(item: ListItem): string {
  const paragraph = item.children[0]
  const text = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined
  return text?.type === 'text' ? text.value : ''
}
