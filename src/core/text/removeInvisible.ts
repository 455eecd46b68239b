/* eslint-disable no-control-regex -- control and bidirectional characters are removed on purpose */
const invisible =
  /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g
/* eslint-enable no-control-regex */

/** Removes control and bidirectional characters, which could hide or reorder what a reader sees. */
export function removeInvisible(text: string): string {
  return text.replace(invisible, '')
}
