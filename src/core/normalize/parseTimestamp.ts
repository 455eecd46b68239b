import type { Timestamp } from '../types/generated.js'

const pattern =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|UTC)?)?$/i

/**
 * Parses `YYYY-MM-DD`, `YYYY-MM-DD HH:MM[:SS]` and ISO 8601 with `Z` or an
 * offset. A date stays a date; a date-time becomes UTC `YYYY-MM-DDTHH:MM:SSZ`
 * (no offset means UTC). Returns undefined for anything else, including
 * impossible dates such as February 30th.
 */
export function parseTimestamp(text: string): Timestamp | undefined {
  const match = pattern.exec(text.trim())
  if (!match) return undefined
  const [, year, month, day, hour, minute, second, zone] = match
  const date = `${year}-${month}-${day}`
  const asDate = new Date(`${date}T00:00:00Z`)
  if (Number.isNaN(asDate.getTime()) || asDate.toISOString().slice(0, 10) !== date) return undefined
  if (hour === undefined) return date
  const offset =
    !zone || /^(z|utc)$/i.test(zone) ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')
  const instant = new Date(`${date}T${hour}:${minute}:${second ?? '00'}${offset}`)
  if (Number.isNaN(instant.getTime())) return undefined
  return instant.toISOString().replace(/\.\d{3}Z$/, 'Z')
}
