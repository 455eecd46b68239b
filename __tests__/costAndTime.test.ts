import { describe, expect, test } from 'vitest'
import { aggregate } from '../src/core/aggregate/aggregate.js'
import { parseCost } from '../src/core/normalize/parseCost.js'
import { parseTokenCount, parseTokenPair } from '../src/core/normalize/parseTokenCount.js'
import { parseDocument } from '../src/core/parseDocument.js'
import { renderReport } from '../src/core/render/renderReport.js'
import { distribution } from '../src/core/stats/distribution.js'
import { quantile } from '../src/core/stats/quantile.js'
import { planMarkdown, type PlanFacts } from './helpers/planMarkdown.js'

const parse = (plans: PlanFacts[]) =>
  plans.map((facts, index) => parseDocument(planMarkdown(facts), { path: `plans/${index}.md` }))

describe('quantile (linear interpolation, numpy.percentile default)', () => {
  // Values from numpy 1.x/2.x on this machine: np.percentile(v, 50), np.percentile(v, 90).
  test.each([
    [[3, 1, 4, 1, 5, 9, 2, 6], 3.5, 6.8999999999999995],
    [[12.5, 40, 7, 90, 33], 33.0, 70.0],
    [[42], 42.0, 42.0],
    [[10, 20], 15.0, 19.0]
  ])('%j: p50 %d, p90 %d as numpy gives', (values, p50, p90) => {
    expect(quantile(values, 0.5)).toBeCloseTo(p50, 12)
    expect(quantile(values, 0.9)).toBeCloseTo(p90, 12)
  })

  test('by hand: 5 values, p90 at h = 4 × 0.9 = 3.6, between 40 and 90: 40 + 0.6 × 50 = 70', () => {
    expect(distribution([12.5, 40, 7, 90, 33])).toEqual({ n: 5, total: 182.5, median: 33, p90: 70 })
  })

  test('no values: nulls, not zeros', () => {
    expect(distribution([])).toEqual({ n: 0, total: null, median: null, p90: null })
  })
})

describe('cost and token fields', () => {
  test.each([
    ['$1.20', { amount: 1.2, currency: 'USD' }],
    ['1.20 USD', { amount: 1.2, currency: 'USD' }],
    ['usd 3', { amount: 3, currency: 'USD' }],
    ['€0.75', { amount: 0.75, currency: 'EUR' }],
    ['1,234.50 EUR', { amount: 1234.5, currency: 'EUR' }],
    ['1.20', undefined],
    ['$1.20 USD', undefined],
    ['twelve dollars', undefined],
    ['¥100', undefined]
  ])('%s → %j', (text, cost) => {
    expect(parseCost(text)).toEqual(cost)
  })

  test.each([
    ['12000', 12000],
    ['12,000', 12000],
    ['12k', 12000],
    ['1.5M tokens', 1500000],
    ['lots', undefined]
  ])('token count %s → %s', (text, count) => {
    expect(parseTokenCount(text)).toBe(count)
  })

  test.each([
    ['12,000 in / 3,000 out', { input: 12000, output: 3000 }],
    ['input 12k, output 3k', { input: 12000, output: 3000 }],
    ['12000 input tokens; 800 output tokens', { input: 12000, output: 800 }],
    ['12000', undefined],
    ['1 in / 2 in', undefined]
  ])('token pair %s → %j', (text, pair) => {
    expect(parseTokenPair(text)).toEqual(pair)
  })

  test('long hostile values are refused in linear time, not parsed', () => {
    const hostile = `${'1,'.repeat(50_000)}x USD`
    expect(parseCost(hostile)).toBeUndefined()
    expect(parseTokenCount('9'.repeat(100_000))).toBeUndefined()
    expect(parseTokenPair(`${'in / '.repeat(50_000)}`)).toBeUndefined()
  })

  test('header and front matter fields reach plans.json; a cost without currency is a positioned invalid-value', () => {
    const [plan] = parse([
      {
        agent: 'a',
        criteria: ['x'],
        header: ['**Cost**: $1.20', '**Tokens**: 12,000 in / 3,000 out']
      }
    ])
    const { plans } = aggregate(plan ? [plan] : [])
    expect(plans.plans[0]).toMatchObject({
      cost: { amount: 1.2, currency: 'USD' },
      tokens: { input: 12000, output: 3000 }
    })
    const front = parseDocument(
      '---\ncost: 0.40 USD\ninput_tokens: 5000\noutput_tokens: 700\n---\n' +
        planMarkdown({ agent: 'b', criteria: ['x'] }),
      { path: 'plans/front.md' }
    )
    expect(aggregate([front]).plans.plans[0]).toMatchObject({
      cost: { amount: 0.4, currency: 'USD' },
      tokens: { input: 5000, output: 700 }
    })
    const bad = parseDocument(planMarkdown({ agent: 'c', header: ['**Cost**: 1.20'] }), {
      path: 'plans/bad.md'
    })
    const message = bad.file.messages.find((entry) => entry.ruleId === 'invalid-value')
    expect(message?.reason).toContain('an amount with its currency')
    expect(message?.line).toBe(8)
    expect(aggregate([bad]).plans.plans[0]?.cost).toBeUndefined()
  })
})

describe('usage, durations and calibration per agent and category', () => {
  // Agent a: three finished plans costing 1, 2 and 6 USD, two verified successes;
  // 10, 20 and 40 minutes against 20-minute estimates. One open plan's cost is left out.
  const timed = (minutes: number): Array<[string, string]> => [
    [
      '2026-11-02T09:00:00Z',
      new Date(Date.parse('2026-11-02T09:00:00Z') + minutes * 60000)
        .toISOString()
        .replace('.000', '')
    ]
  ]
  const documents = parse([
    {
      agent: 'a',
      criteria: ['x'],
      estimate: '20 minutes',
      phases: timed(10),
      header: ['**Cost**: $1', '**Input Tokens**: 1000']
    },
    {
      agent: 'a',
      criteria: ['x'],
      estimate: '20 minutes',
      phases: timed(20),
      header: ['**Cost**: $2', '**Input Tokens**: 3000']
    },
    {
      agent: 'a',
      criteria: [' '],
      estimate: '20 minutes',
      phases: timed(40),
      header: ['**Cost**: $6']
    },
    { agent: 'a', criteria: [' '], status: 'IN_PROGRESS', header: ['**Cost**: $100'] },
    { agent: 'b', category: 'docs', criteria: ['x'], header: ['**Cost**: 2 EUR'] }
  ])
  const analytics = aggregate(documents)
  const agentA = analytics.agentPerformance.agents.find((agent) => agent.agent === 'a')

  test('cost by hand: total 9, median 2, p90 = 2 + 0.8 × 4 = 5.2, per verified success 9 / 2 = 4.5', () => {
    expect(agentA?.usage.cost).toEqual([
      {
        currency: 'USD',
        cost: { n: 3, total: 9, median: 2, p90: 5.2 },
        verifiedSuccesses: 2,
        perVerifiedSuccess: 4.5
      }
    ])
    expect(agentA?.usage.inputTokens).toEqual({ n: 2, total: 4000, median: 2000, p90: 2800 })
  })

  test('durations by hand: p50 20, p90 = 20 + 0.8 × 20 = 36; category calibration median 1.0', () => {
    expect(agentA?.durationMinutes).toEqual({ n: 3, total: 70, median: 20, p90: 36 })
    const debugging = analytics.taskAnalytics.categories.find(
      (entry) => entry.category === 'debugging' && entry.complexity === 'all'
    )
    expect(debugging?.durationMinutes).toEqual({ n: 3, total: 70, median: 20, p90: 36 })
    // Completed plans 10/20 and 20/20 and 40/20 → ratios 0.5, 1, 2: median 1.
    expect(debugging?.estimateAccuracy).toMatchObject({ n: 3, median: 1 })
    const docs = analytics.taskAnalytics.categories.find(
      (entry) => entry.category === 'docs' && entry.complexity === 'all'
    )
    expect(docs?.usage.cost[0]).toMatchObject({ currency: 'EUR', perVerifiedSuccess: 2 })
  })

  test('the report shows the spread, calibration and cost per category', () => {
    const report = renderReport(analytics, { reportDir: 'reports' })
    expect(report).toContain('## Time and cost')
    expect(report).toContain(
      '| a | 20 / 36 (n=3) | 4000 in | 9.00 USD (median 2.00, p90 5.20, n=3; 4.50 per verified success) |'
    )
    expect(report).toContain('| debugging | 20 / 36 (n=3) | 1.00 (n=3) |')
  })
})
