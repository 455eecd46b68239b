import { describe, expect, test } from 'vitest'
import { weeklyTrend, type WeekState } from '../src/core/aggregate/weeklyTrend.js'
import { weeksEndingWith } from '../src/core/isoWeek.js'
import { renderWeeklyReport } from '../src/core/render/renderWeeklyReport.js'
import type { PlanRecord } from '../src/core/types/generated.js'
import { planRecordOf } from './helpers/planRecordOf.js'

function record(
  path: string,
  agent: string,
  verified: 'success' | 'failure' | 'open',
  minutes?: number
): PlanRecord {
  return planRecordOf(verified, {
    path,
    agent,
    category: 'debugging',
    ...(minutes === undefined ? {} : { actualMinutes: minutes })
  })
}

/**
 * 13 states: the baseline and 12 weeks. Each week agent a and agent b each finish one plan
 * (opened the week before). a: 8/8 in the first 8 weeks, 2/4 in the last 4; b: 6/8 then 3/4.
 */
function history(): WeekState[] {
  const weeks = weeksEndingWith('2026-W12', 13)
  const outcome = {
    a: (index: number) => index < 8 || index % 2 === 0,
    b: (index: number) => ![1, 5].includes(index) && index !== 9
  }
  return weeks.map((week, state) => ({
    week,
    records: ['a', 'b'].flatMap((agent) =>
      Array.from({ length: 12 }, (_, index) => index).flatMap((index) => {
        const path = `plans/${agent}-${String(index).padStart(2, '0')}.md`
        // Plan `index` is open from state index and finished at state index + 1.
        if (state < index) return []
        if (state === index) return [record(path, agent, 'open')]
        const success = outcome[agent as 'a' | 'b'](index)
        return [record(path, agent, success ? 'success' : 'failure', 30 * (1 + (index % 3)))]
      })
    )
  }))
}

describe('weekly trend', () => {
  const trend = weeklyTrend(history())

  test('weekly counts, not running totals: two plans finish each week', () => {
    expect(trend.overall).toHaveLength(12)
    expect(trend.overall.map((week) => week.finished)).toEqual(Array(12).fill(2))
    // Week 1 finishes plans 0 (30 min); week 2 plans 1 (60 min): median of one value each.
    expect(trend.overall[1]?.medianMinutes).toBe(60)
  })

  test('a regression when the last 4 weeks sit below the 8 before with probability ≥ 0.95', () => {
    const [a, b] = trend.agents
    expect(a?.earlier).toMatchObject({ successes: 8, n: 8 })
    expect(a?.recent).toMatchObject({ successes: 2, n: 4 })
    // scipy: ∫ Beta(9,1).pdf(x) · Beta(3,3).cdf(x) dx = 0.9725274725274726
    expect(a?.probabilityWorse).toBeCloseTo(0.9725274725274726, 4)
    expect(a?.regression).toBe(true)
    expect(b?.earlier).toMatchObject({ successes: 6, n: 8 })
    expect(b?.recent).toMatchObject({ successes: 3, n: 4 })
    // scipy: ∫ Beta(7,3).pdf(x) · Beta(4,2).cdf(x) dx = 0.5454545454545455
    expect(b?.probabilityWorse).toBeCloseTo(0.5454545454545455, 4)
    expect(b?.regression).toBe(false)
    expect(trend.categories.map((entry) => entry.name)).toEqual(['debugging'])
  })

  test('no verifiable plan in a window: no probability, no flag', () => {
    const states = history().slice(-5)
    const short = weeklyTrend(states)
    expect(short.agents[0]?.earlier.n).toBe(0)
    expect(short.agents[0]?.probabilityWorse).toBeNull()
    expect(short.agents[0]?.regression).toBe(false)
  })

  test('the weekly report starts at the first week with data, flags the regression and draws the interval', () => {
    const states = history()
    // Two empty weeks before any plan: they are left out of the table and the chart.
    const empty = weeksEndingWith('2025-W52', 2).map((week) => ({
      week,
      commit: null,
      records: []
    }))
    const snapshots = [
      ...empty,
      ...states.map((state) => ({ ...state, commit: 'c'.repeat(40), records: [...state.records] }))
    ]
    const report = renderWeeklyReport({ snapshots, reportDir: 'reports/weekly' })
    expect(report).toContain('## Trend (last 14 weeks)')
    expect(report).not.toContain('| 2025-W52 |')
    expect(report).toContain('  bar [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2]')
    expect(report).toContain(
      '| a | 2 · 2 · 2 · 2 · 2 · 2 · 2 · 2 · 2 · 2 · 2 · 2 |'
        .replace(/2 · /g, '1 · ')
        .replace(/ 2 \|/, ' 1 |')
    )
    expect(report).toContain('| 8/8 (100%, 68–100%) | 2/4 (50%, 15–85%) | 0.97 | **regression** |')
    expect(report).toMatch(/ {2}line \[.*\]\n {2}line \[.*\]\n {2}line \[.*\]/)
  })
})
