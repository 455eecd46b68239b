import { describe, expect, test } from 'vitest'
import {
  isIsoWeek,
  isoWeekOf,
  lastFullWeek,
  weekBounds,
  weeksEndingWith
} from '../src/core/isoWeek.js'

describe('ISO weeks', () => {
  test.each([
    ['2026-11-24T12:00:00Z', '2026-W48'],
    ['2026-11-23T00:00:00Z', '2026-W48'],
    ['2026-11-22T23:59:59Z', '2026-W47'],
    ['2021-01-03', '2020-W53'],
    ['2024-12-30', '2025-W01'],
    ['2025-02-03', '2025-W06'],
    ['2026-12-31', '2026-W53']
  ])('%s is in %s', (instant, week) => {
    expect(isoWeekOf(instant)).toBe(week)
  })

  test('bounds, sequences and validity', () => {
    expect(weekBounds('2026-W48')).toEqual({
      start: '2026-11-23T00:00:00Z',
      end: '2026-11-30T00:00:00Z'
    })
    expect(weekBounds('2020-W53')).toEqual({
      start: '2020-12-28T00:00:00Z',
      end: '2021-01-04T00:00:00Z'
    })
    // 2025 has 52 ISO weeks
    expect(weeksEndingWith('2026-W02', 3)).toEqual(['2025-W52', '2026-W01', '2026-W02'])
    expect(lastFullWeek(new Date('2026-11-24T12:00:00Z'))).toBe('2026-W47')
    expect(isIsoWeek('2026-W53')).toBe(true)
    expect(isIsoWeek('2025-W53')).toBe(false)
    expect(isIsoWeek('2026-W00')).toBe(false)
    expect(isIsoWeek('2026-48')).toBe(false)
  })
})
