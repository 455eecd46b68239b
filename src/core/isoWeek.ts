const day = 24 * 60 * 60 * 1000
const weekPattern = /^(\d{4})-W(\d{2})$/

/** The ISO 8601 week (`2026-W48`) an instant falls in, in UTC. */
export function isoWeekOf(instant: string | Date): string {
  const date = new Date(instant)
  const midnight = Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate())
  const weekday = (new Date(midnight).getUTCDay() + 6) % 7
  const thursday = new Date(midnight + (3 - weekday) * day)
  const year = thursday.getUTCFullYear()
  const week = 1 + Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / day / 7)
  return `${year}-W${String(week).padStart(2, '0')}`
}

/** Whether `text` names an ISO week that exists (`2026-W53` does, `2025-W53` does not). */
export function isIsoWeek(text: string): boolean {
  const match = weekPattern.exec(text)
  if (!match) return false
  return Number(match[2]) >= 1 && isoWeekOf(mondayOf(text)) === text
}

/** The week's first instant (Monday 00:00 UTC) and the next week's, as ISO strings. */
export function weekBounds(week: string): { start: string; end: string } {
  const monday = mondayOf(week)
  return {
    start: monday.toISOString().replace('.000Z', 'Z'),
    end: new Date(monday.getTime() + 7 * day).toISOString().replace('.000Z', 'Z')
  }
}

/** The `count` weeks ending with `week`, oldest first. */
export function weeksEndingWith(week: string, count: number): string[] {
  const monday = mondayOf(week).getTime()
  return Array.from({ length: count }, (_, index) =>
    isoWeekOf(new Date(monday - (count - 1 - index) * 7 * day))
  )
}

/** The last week that has fully ended before `now`. */
export function lastFullWeek(now: Date): string {
  return isoWeekOf(new Date(now.getTime() - 7 * day))
}

function mondayOf(week: string): Date {
  const match = weekPattern.exec(week)
  if (!match) throw new RangeError(`Expected an ISO week such as 2026-W48, found ${week}`)
  const year = Number(match[1])
  const january4 = Date.UTC(year, 0, 4)
  const weekday = (new Date(january4).getUTCDay() + 6) % 7
  return new Date(january4 - weekday * day + (Number(match[2]) - 1) * 7 * day)
}
