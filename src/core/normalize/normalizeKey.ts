/**
 * Normalises a field name so that `Start Time`, `start_time`, `startTime` and
 * `START TIME` compare equal: lower case words joined by single spaces.
 */
export function normalizeKey(key: string): string {
  return key
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .toLowerCase()
}
