import { describe, expect, test } from 'vitest'
import { parsePercent, parseScore } from '../src/core/extract/fieldReaders.js'
import { normalizeAgent } from '../src/core/normalize/normalizeAgent.js'
import { normalizeCategory } from '../src/core/normalize/normalizeCategory.js'
import { normalizeKey } from '../src/core/normalize/normalizeKey.js'
import { normalizeLevel } from '../src/core/normalize/normalizeLevel.js'
import { normalizeStatus } from '../src/core/normalize/normalizeStatus.js'
import { parseDuration } from '../src/core/normalize/parseDuration.js'
import { parseTimestamp } from '../src/core/normalize/parseTimestamp.js'
import { resolveLink } from '../src/core/normalize/resolveLink.js'
import { parseFieldLine } from '../src/core/tree/parseFieldLine.js'

describe('parseDuration', () => {
  test.each([
    ['120 minutes', 120, 120],
    ['2h', 120, 120],
    ['1.5 hours', 90, 90],
    ['2-3 hours', 120, 180],
    ['30-45 min', 30, 45],
    ['1h - 90m', 60, 90],
    ['~15 min', 15, 15],
    ['< 2 hours', 0, 120],
    ['up to 30 minutes', 0, 30],
    ['1h 30m', 90, 90],
    ['1 hour and 15 minutes', 75, 75],
    ['90+ min', 90, 90],
    ['2 days', 2880, 2880],
    ['1 week', 10080, 10080],
    ['45 min (rough)', 45, 45],
    ['2 hours (rough (very))', 120, 120]
  ])('%s → %d–%d minutes', (text, min, max) => {
    expect(parseDuration(text)).toEqual({ text, minMinutes: min, maxMinutes: max })
  })

  test.each(['Ongoing', 'Completed', 'TBD', '', '5 parsecs', '-30 minutes', 'soon'])(
    '%s is not a duration',
    (text) => {
      expect(parseDuration(text)).toBeUndefined()
    }
  )

  test.each([
    ['400 nines', `${'9'.repeat(400)} minutes`],
    ['a range up to 150 nines', `1-${'9'.repeat(150)} hours`],
    ['a range from 150 nines', `${'9'.repeat(150)}-1 hours`],
    ['2,000,000 years', '104000000 weeks']
  ])('%s is out of range, never Infinity or a number no plan means', (_, text) => {
    expect(parseDuration(text)).toBeUndefined()
  })

  // Each ran for minutes before the length cap (quadratic backtracking): the test's timeout catches a return.
  test.each([
    ['250,000 digits', '9'.repeat(250_000)],
    ['250,000 opening parentheses', '('.repeat(250_000)],
    ['digits then parentheses', `${'1'.repeat(100_000)}${'('.repeat(100_000)}`]
  ])('%s are refused without running a pattern over them', (_, text) => {
    expect(parseDuration(text)).toBeUndefined()
  })
})

describe('parseTimestamp', () => {
  test.each([
    ['2026-11-24', '2026-11-24'],
    ['2026-11-24 09:30:00', '2026-11-24T09:30:00Z'],
    ['2026-11-24 09:30', '2026-11-24T09:30:00Z'],
    ['2026-11-24T09:30:00Z', '2026-11-24T09:30:00Z'],
    ['2026-11-24T09:30:00+00:00', '2026-11-24T09:30:00Z'],
    ['2026-11-24T09:30:00+01:00', '2026-11-24T08:30:00Z'],
    ['2026-11-24T09:30:00.250-0500', '2026-11-24T14:30:00Z'],
    ['2026-11-24 09:30:00 UTC', '2026-11-24T09:30:00Z']
  ])('%s → %s', (text, iso) => {
    expect(parseTimestamp(text)).toBe(iso)
  })

  test.each([
    '2026-02-30',
    '99999-01-01',
    '2026-13-01',
    'yesterday',
    '24/11/2026',
    '2026-11-24T25:00:00Z'
  ])('%s is not a date', (text) => {
    expect(parseTimestamp(text)).toBeUndefined()
  })
})

describe('normalizeStatus', () => {
  test.each([
    ['COMPLETED', 'completed'],
    ['done', 'completed'],
    ['SUCCESS', 'completed'],
    ['✅', 'completed'],
    ['✅ DONE', 'completed'],
    ['PARTIAL', 'partial'],
    ['Partially completed', 'partial'],
    ['IN_PROGRESS', 'in_progress'],
    ['in progress', 'in_progress'],
    ['ONGOING', 'in_progress'],
    ['🔄', 'in_progress'],
    ['⏳', 'in_progress'],
    ['BLOCKED', 'blocked'],
    ['FAILED', 'failed'],
    ['failure', 'failed'],
    ['❌', 'failed'],
    ['ABANDONED', 'abandoned'],
    ['Cancelled', 'abandoned']
  ])('%s → %s', (text, status) => {
    expect(normalizeStatus(text)).toBe(status)
  })

  test('unknown words are not a status', () => {
    expect(normalizeStatus('shipped-ish')).toBeUndefined()
  })
})

describe('normalizeLevel, normalizeCategory, normalizeAgent, normalizeKey', () => {
  test.each([
    ['LOW', 'low'],
    ['MED', 'medium'],
    ['Medium', 'medium'],
    ['HIGH', 'high'],
    ['🔴 High', 'high'],
    ['extreme', undefined]
  ])('level %s → %s', (text, level) => {
    expect(normalizeLevel(text)).toBe(level)
  })

  test('categories become snake_case', () => {
    expect(normalizeCategory('Code Implementation')).toBe('code_implementation')
    expect(normalizeCategory('architecture-design')).toBe('architecture_design')
  })

  test('agents go through the alias map, else a case-insensitive slug', () => {
    const aliases = { 'claude-sonnet-4': ['Claude Sonnet 4'] }
    expect(normalizeAgent('Claude-Sonnet-4', {})).toBe('claude-sonnet-4')
    expect(normalizeAgent('claude sonnet 4', aliases)).toBe('claude-sonnet-4')
    expect(normalizeAgent('CLAUDE-SONNET-4', aliases)).toBe('claude-sonnet-4')
    expect(normalizeAgent('Codex', aliases)).toBe('codex')
  })

  test('keys compare across spellings', () => {
    for (const key of ['Start Time', 'start_time', 'startTime', 'START TIME', 'start-time']) {
      expect(normalizeKey(key)).toBe('start time')
    }
  })
})

describe('parseFieldLine', () => {
  test.each([
    ['**Agent**: claude', 'Agent', 'claude'],
    ['**Agent:** claude', 'Agent', 'claude'],
    ['**Agent** : claude', 'Agent', 'claude'],
    ['Agent: claude', 'Agent', 'claude'],
    ['__Agent__: claude', 'Agent', 'claude'],
    ['**Steps**:', 'Steps', '']
  ])('%s', (line, name, value) => {
    expect(parseFieldLine(line)).toMatchObject({ name, value })
  })

  test('a sentence with a colon is not a field', () => {
    expect(
      parseFieldLine('This is a long sentence that happens to contain a colon: see')
    ).toBeUndefined()
    expect(parseFieldLine('https://example.invalid')).toBeUndefined()
  })
})

describe('numbers', () => {
  test.each([
    ['85%', 85],
    ['85', 85],
    ['17/20', 85],
    ['2/3 (66.67%)', 66.67],
    ['150%', undefined],
    ['n/a', undefined]
  ])('percent %s → %s', (text, value) => {
    expect(parsePercent(text)).toBe(value)
  })

  test.each([
    ['9.0', { score: 9 }],
    ['8/10 - clean', { score: 8, rationale: 'clean' }],
    ['7.5: adequate', { score: 7.5, rationale: 'adequate' }],
    ['11', undefined],
    ['0', undefined]
  ])('score %s', (text, value) => {
    expect(parseScore(text)).toEqual(value)
  })
})

describe('resolveLink', () => {
  test('resolves relative links and rejects the rest', () => {
    expect(resolveLink('a/reviews/r.md', '../plans/p.md#phase-1')).toBe('a/plans/p.md')
    expect(resolveLink('r.md', './p%20q.md')).toBe('p q.md')
    expect(resolveLink('r.md', 'https://example.invalid/p.md')).toBeUndefined()
    expect(resolveLink('r.md', '../../outside.md')).toBeUndefined()
    expect(resolveLink('r.md', '#anchor')).toBeUndefined()
  })

  test('a link whose percent escapes are not UTF-8 is kept as written, not thrown on', () => {
    expect(resolveLink('reviews/r.md', '../execution_plans/%E0%A4%A.md')).toBe(
      'execution_plans/%E0%A4%A.md'
    )
  })
})
