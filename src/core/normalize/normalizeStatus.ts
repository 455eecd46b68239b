import type { Status } from '../types/generated.js'

/** Spellings of each status, matched as whole words, case-insensitively; emoji separately. */
const words: ReadonlyArray<readonly [Status, RegExp]> = [
  ['in_progress', /\b(in[ _-]?progress|ongoing|wip|started|running)\b/i],
  ['partial', /\b(partial(ly)?( completed?| done| success)?)\b/i],
  ['abandoned', /\b(abandoned|cancell?ed|dropped|won'?t do)\b/i],
  ['blocked', /\b(blocked|on hold)\b/i],
  ['failed', /\b(failed|failure|fail)\b/i],
  ['completed', /\b(completed?|done|success(ful)?|finished)\b/i]
]

const emoji: ReadonlyArray<readonly [Status, string]> = [
  ['completed', '✅'],
  ['completed', '✔'],
  ['completed', '☑'],
  ['failed', '❌'],
  ['in_progress', '🔄'],
  ['in_progress', '⏳'],
  ['in_progress', '🚧'],
  ['blocked', '⛔'],
  ['blocked', '🚫']
]

/**
 * Normalises a status written as a word (COMPLETED, DONE, ONGOING…) or an emoji
 * (✅ ❌ ⏳ 🔄). Words win over emoji so that `✅ PARTIAL` is partial; returns
 * undefined when nothing is recognised.
 */
export function normalizeStatus(text: string): Status | undefined {
  for (const [status, pattern] of words) if (pattern.test(text)) return status
  for (const [status, mark] of emoji) if (text.includes(mark)) return status
  return undefined
}
