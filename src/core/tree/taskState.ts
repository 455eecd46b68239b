import type { ListItem } from 'mdast'
import type { Task } from '../types/generated.js'

const plainTextMarkerPattern = /^\[([/~-])\](?=\s|$)/
const emojiMarker = /^(✅|✔️?|☑️?|⬜|☐|⏳|🔄|🚧|❌|⚠️?)\s*/u

/**
 * The state of a list item as a GitHub task: `[ ]`/`[x]` as the GFM parser
 * read them, or the `[/]`, `[~]` (in progress) and `[-]` (dropped) markers
 * that GitHub renders as text. Undefined for any other item.
 */
export function taskState(item: ListItem): Task['state'] | undefined {
  if (item.checked === true) return 'checked'
  if (item.checked === false) return 'unchecked'
  const marker = plainTextMarkerPattern.exec(firstText(item))?.[1]
  if (marker === '-') return 'dropped'
  if (marker) return 'in_progress'
  return undefined
}

/**
 * The state an item states with a leading emoji (`- ✅ Write tests`): ✅ ✔ ☑
 * done, ⏳ 🔄 🚧 in progress, ⬜ ☐ ❌ ⚠️ not done. Such items are tasks of a
 * plan, but not checkboxes: GitHub shows no box, so they are never counted as one.
 */
export function emojiTaskState(item: ListItem): Task['state'] | undefined {
  if (typeof item.checked === 'boolean') return undefined
  const emoji = emojiMarker.exec(firstText(item))?.[1]
  if (!emoji) return undefined
  if (/^(✅|✔|☑)/u.test(emoji)) return 'checked'
  if (/^(⏳|🔄|🚧)/u.test(emoji)) return 'in_progress'
  return 'unchecked'
}

/** How many leading characters of the item's text are a state marker (`[/] `, `✅ `), not words. */
export function taskMarkerLength(item: ListItem): number {
  if (typeof item.checked === 'boolean') return 0
  const text = firstText(item)
  return (plainTextMarkerPattern.exec(text) ?? emojiMarker.exec(text))?.[0].length ?? 0
}

/** The plain-text marker an item starts with (`[/]`, `[~]`, `[-]`), as written; undefined for any other item. */
export function plainTextMarker(item: ListItem): string | undefined {
  if (typeof item.checked === 'boolean') return undefined
  const marker = plainTextMarkerPattern.exec(firstText(item))?.[1]
  return marker ? `[${marker}]` : undefined
}

function firstText(item: ListItem): string {
  const paragraph = item.children[0]
  const text = paragraph?.type === 'paragraph' ? paragraph.children[0] : undefined
  return text?.type === 'text' ? text.value : ''
}
