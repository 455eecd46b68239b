/**
 * Document text as quoted in a message: a value longer than 120 characters
 * is cut to its first 100 and its length, so one field of 250 KB cannot make
 * a message (and every output that repeats it) of 250 KB.
 */
export function shortened(text: string): string {
  return text.length <= 120
    ? text
    : `${text.slice(0, 100).replace(/[\ud800-\udbff]$/, '')}… (${text.length} characters)`
}
