import type { Duration } from '../types/generated.js'

const unitMinutes: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(m|mins?|minutes?)$/, 1],
  [/^(h|hrs?|hours?)$/, 60],
  [/^(d|days?)$/, 24 * 60],
  [/^(w|wks?|weeks?)$/, 7 * 24 * 60]
]

function minutesPerUnit(unit: string): number | undefined {
  return unitMinutes.find(([pattern]) => pattern.test(unit))?.[1]
}

const number = String.raw`(\d+(?:\.\d+)?)`
const unit = String.raw`([a-z]+)`
const rangePattern = new RegExp(
  String.raw`^${number}\s*${unit}?\s*(?:-|–|—|to)\s*${number}\s*${unit}$`
)
const compoundPart = new RegExp(String.raw`${number}\s*${unit}`, 'g')

/** The longest text read as a duration: no pattern runs over unbounded text, and a real estimate is far shorter. */
export const longestDurationText = 200

/** About 1,900 years: more is not an estimate, and stays far from Infinity in sums and squares. */
const mostMinutes = 1e9

/**
 * Parses a free-text duration into minutes: `120 minutes`, `2h`, `1.5 hours`,
 * `1h 30m`, `~15 min`, `2-3 hours` (a range), `< 2 hours` (0 to 120), `90+ min`
 * (its lower bound, 90), days (24 h) and weeks. Returns undefined for
 * anything else (`Ongoing`, `Completed`, `TBD`), which callers report, and for
 * text longer than `longestDurationText` or values beyond 10^9 minutes.
 */
export function parseDuration(text: string): Duration | undefined {
  const duration = readDuration(text)
  return duration && Math.max(duration.minMinutes, duration.maxMinutes) <= mostMinutes
    ? duration
    : undefined
}

function readDuration(text: string): Duration | undefined {
  if (text.length > longestDurationText) return undefined
  // Asides in parentheses go, innermost first: a class without parentheses cannot backtrack over a run of `(`.
  let unwrapped = text.toLowerCase()
  for (let previous = ''; previous !== unwrapped;)
    [previous, unwrapped] = [unwrapped, unwrapped.replace(/\([^()]*\)/g, ' ')]
  const clean = unwrapped
    .replace(/^(about|approx\.?|approximately|around|estimated:?|est\.?)\s+/, '')
    .replace(/[~≈]/g, '')
    .replace(/\s+/g, ' ')
    .trim()
  const bounded = /^(<|≤|<=|under|less than|up to|max\.?)\s*(.*)$/.exec(clean)
  if (bounded) {
    const upper = readDuration(bounded[2] ?? '')
    return upper && { text, minMinutes: 0, maxMinutes: upper.maxMinutes }
  }
  const range = rangePattern.exec(clean)
  if (range) {
    const [, low, lowUnit, high, highUnit] = range
    const highFactor = minutesPerUnit(highUnit ?? '')
    const lowFactor = lowUnit ? minutesPerUnit(lowUnit) : highFactor
    if (highFactor === undefined || lowFactor === undefined) return undefined
    return {
      text,
      minMinutes: round(Number(low) * lowFactor),
      maxMinutes: round(Number(high) * highFactor)
    }
  }
  // An open-ended `90+ min` is taken at its lower bound.
  const body = clean.replace(/(\d)\+/g, '$1').replace(/\band\b|,/g, ' ')
  let total = 0
  let consumed = ''
  for (const [whole, amount, partUnit] of body.matchAll(compoundPart)) {
    const factor = minutesPerUnit(partUnit ?? '')
    if (factor === undefined) return undefined
    total += Number(amount) * factor
    consumed += whole
  }
  if (consumed.length === 0 || consumed.replace(/\s/g, '') !== body.replace(/\s/g, '')) {
    return undefined
  }
  return { text, minMinutes: round(total), maxMinutes: round(total) }
}

function round(minutes: number): number {
  return Math.round(minutes * 100) / 100
}
