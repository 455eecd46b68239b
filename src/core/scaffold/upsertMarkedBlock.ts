/** The text with the block in place, or why it cannot be placed. */
export type UpsertResult =
  { ok: true; text: string; changed: boolean } | { ok: false; reason: string }

/**
 * Puts `body` between the `begin` and `end` marker lines in `text`: replaces
 * the block already there (everything from its begin line to its end line),
 * else appends it after a blank line. The rest of the text is kept byte for
 * byte, and the block takes the text's line endings (CRLF when it has them).
 * A begin without its end, or two blocks, is refused rather than guessed at.
 */
export function upsertMarkedBlock(
  text: string,
  markers: { begin: string; end: string },
  body: string
): UpsertResult {
  const newline = /\r\n/.test(text) ? '\r\n' : '\n'
  const block = [markers.begin, body, markers.end].join('\n').split('\n').join(newline)
  const begin = text.indexOf(markers.begin)
  const end = text.indexOf(markers.end)
  if (begin === -1 && end === -1) {
    const separator = text === '' ? '' : text.endsWith(newline) ? newline : newline + newline
    const appended = `${text}${separator}${block}${newline}`
    return { ok: true, text: appended, changed: true }
  }
  if (begin === -1 || end === -1 || end < begin)
    return { ok: false, reason: 'has a planmark marker without its pair' }
  if (text.indexOf(markers.begin, begin + 1) !== -1 || text.indexOf(markers.end, end + 1) !== -1)
    return { ok: false, reason: 'has more than one planmark block' }
  const replaced = text.slice(0, begin) + block + text.slice(end + markers.end.length)
  return { ok: true, text: replaced, changed: replaced !== text }
}
