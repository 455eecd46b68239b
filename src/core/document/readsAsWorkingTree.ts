/**
 * Whether text read from git (a blob decoded as UTF-8) is exactly what
 * reading the same bytes from the working tree gives: not empty, no byte
 * order mark (the working tree's reader strips it), no NUL (refused as
 * binary) and no U+FFFD (what invalid UTF-8, which the working tree
 * refuses, decodes to; a file that really holds one is merely not
 * recognised). Only then may a parse of the blob stand for the working
 * tree's, in the cache keyed by path and blob id.
 */
export function readsAsWorkingTree(text: string): boolean {
  return (
    text.length > 0 &&
    !text.startsWith('\uFEFF') &&
    !text.includes('\0') &&
    !text.includes('\uFFFD')
  )
}
