import type { Extraction } from '../Extraction.js'
import { shortened } from '../text/shortened.js'
import { normalizeLevel } from '../normalize/normalizeLevel.js'
import { normalizeStatus } from '../normalize/normalizeStatus.js'
import { parseCost } from '../normalize/parseCost.js'
import { parseDuration } from '../normalize/parseDuration.js'
import { parseTokenCount, parseTokenPair } from '../normalize/parseTokenCount.js'
import { parseTimestamp } from '../normalize/parseTimestamp.js'
import type { Cost, Duration, Level, Status, Timestamp, TokenCounts } from '../types/generated.js'
import type { Field } from '../tree/readFields.js'
import { isPlaceholder } from '../tree/isPlaceholder.js'

/**
 * Typed readers for field values. Each records the value's position at
 * `pointer` and, when the text cannot be understood, reports `invalid-value`
 * with what was expected and returns undefined, so no wrong number is stored.
 */
function readWith<T>(
  field: Field | undefined,
  extraction: Extraction,
  pointer: string,
  parse: (text: string) => T | undefined,
  expected: string
): T | undefined {
  if (!field || field.text === '') return undefined
  const value = parse(field.text)
  if (value === undefined) {
    const actual = shortened(field.text)
    extraction.invalid.add(pointer)
    // An unfilled placeholder is reported once, by template-placeholder, under its own name.
    if (isPlaceholder(field.text)) return undefined
    extraction.report('invalid-value', field.place, `Expected ${expected}, found \`${actual}\``, {
      expected,
      actual
    })
    return undefined
  }
  extraction.at(pointer, field.place)
  return value
}

/** Reads a date or date-time. */
export function readTimestamp(
  field: Field | undefined,
  extraction: Extraction,
  pointer: string
): Timestamp | undefined {
  return readWith(
    field,
    extraction,
    pointer,
    parseTimestamp,
    'a date such as `2026-11-24` or `2026-11-24T09:30:00Z`'
  )
}

/** Reads a duration; `Ongoing` or `Completed` are not durations. */
export function readDuration(
  field: Field | undefined,
  extraction: Extraction,
  pointer: string
): Duration | undefined {
  return readWith(
    field,
    extraction,
    pointer,
    parseDuration,
    'a duration such as `90 minutes`, `1.5 hours` or `2-3 hours`'
  )
}

/** Reads low / medium / high. */
export function readLevel(
  field: Field | undefined,
  extraction: Extraction,
  pointer: string
): Level | undefined {
  return readWith(field, extraction, pointer, normalizeLevel, 'a level: low, medium or high')
}

/** Reads a status word or emoji. */
export function readStatus(
  field: Field | undefined,
  extraction: Extraction,
  pointer: string
): Status | undefined {
  return readWith(
    field,
    extraction,
    pointer,
    normalizeStatus,
    'a status: completed, partial, in_progress, blocked, failed or abandoned'
  )
}

/** Reads a percentage: `85%`, `85`, or a fraction `17/20`. */
export function readPercent(
  field: Field | undefined,
  extraction: Extraction,
  pointer: string
): number | undefined {
  return readWith(field, extraction, pointer, parsePercent, 'a percentage between 0 and 100')
}

/** Reads a 1–10 score: `8`, `8.5/10`, `9.0`. */
export function readScore(
  field: Field | undefined,
  extraction: Extraction,
  pointer: string
): number | undefined {
  return readWith(
    field,
    extraction,
    pointer,
    (text) => parseScore(text)?.score,
    'a score from 1 to 10'
  )
}

/**
 * Parses a percentage; a fraction `a/b` becomes `100·a/b`. A sign or an
 * exponent makes it no percentage at all (`-5%` is not 5%, `1e999%` not 1%).
 */
export function parsePercent(text: string): number | undefined {
  const fraction = /^[^\d-]*?(\d+)\s*\/\s*(\d+)(?!\s*%)/.exec(text)
  const percent = /^[^\d-]*?(\d+(?:\.\d+)?)(?![\d.eE])\s*%?/.exec(text)
  const value =
    fraction && Number(fraction[2]) > 0
      ? (100 * Number(fraction[1])) / Number(fraction[2])
      : Number(percent?.[1])
  if (!Number.isFinite(value) || value < 0 || value > 100) return undefined
  return Math.round(value * 100) / 100
}

/** Parses `score(1-10) - rationale`: `8/10 - clean code`, `7.5: adequate`. */
export function parseScore(text: string): { score: number; rationale?: string } | undefined {
  const match = /^\D*?(\d+(?:\.\d+)?)(?:\s*\/\s*10)?\s*(?:[-–—:(]\s*(.*?)\)?)?$/.exec(text.trim())
  const score = Number(match?.[1])
  if (!match || !Number.isFinite(score) || score < 1 || score > 10) return undefined
  return match[2] ? { score, rationale: match[2].trim() } : { score }
}

/** Reads a cost with its currency: `$1.20`, `1.20 USD`. */
export function readCost(
  field: Field | undefined,
  extraction: Extraction,
  pointer: string
): Cost | undefined {
  return readWith(
    field,
    extraction,
    pointer,
    parseCost,
    'an amount with its currency such as `$1.20` or `1.20 USD`'
  )
}

/** Reads a token count: `12000`, `12,000`, `12k`. */
export function readTokenCount(
  field: Field | undefined,
  extraction: Extraction,
  pointer: string
): number | undefined {
  return readWith(
    field,
    extraction,
    pointer,
    parseTokenCount,
    'a token count such as `12,000` or `12k`'
  )
}

/** Reads input and output tokens together: `12,000 in / 3,000 out`. */
export function readTokenPair(
  field: Field | undefined,
  extraction: Extraction,
  pointer: string
): TokenCounts | undefined {
  return readWith(
    field,
    extraction,
    pointer,
    parseTokenPair,
    'input and output tokens such as `12,000 in / 3,000 out`'
  )
}
