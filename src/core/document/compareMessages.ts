import type { VFile } from 'vfile'

/**
 * Orders messages by line, column, then rule id and reason by Unicode code
 * point, so output is deterministic: the same bytes in every locale
 * (`localeCompare` would follow the machine's collation).
 */
export function compareMessages(
  a: VFile['messages'][number],
  b: VFile['messages'][number]
): number {
  return (
    (a.line ?? 0) - (b.line ?? 0) ||
    (a.column ?? 0) - (b.column ?? 0) ||
    compareCodePoints(String(a.ruleId), String(b.ruleId)) ||
    compareCodePoints(a.reason, b.reason)
  )
}

/** Code point order; `<` on strings compares UTF-16 units, which puts U+1F600 before U+FF01. */
function compareCodePoints(a: string, b: string): number {
  if (a === b) return 0
  const left = a[Symbol.iterator]()
  const right = b[Symbol.iterator]()
  for (;;) {
    const x = left.next()
    const y = right.next()
    if (x.done || y.done) return x.done ? (y.done ? 0 : -1) : 1
    const difference = (x.value.codePointAt(0) ?? 0) - (y.value.codePointAt(0) ?? 0)
    if (difference !== 0) return difference
  }
}
