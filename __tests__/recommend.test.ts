import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { recommend } from '../src/core/aggregate/recommend.js'
import type { PlanRecord } from '../src/core/types/generated.js'
import { planRecordOf } from './helpers/planRecordOf.js'

/** `successes` verified successes and `failures` failures for an agent in debugging. */
function outcomes(
  agent: string,
  successes: number,
  failures: number,
  category = 'debugging',
  tag = '',
  complexity: PlanRecord['complexity'] = 'medium'
): PlanRecord[] {
  const record = (verified: 'success' | 'failure', index: number) =>
    planRecordOf(verified, {
      path: `${agent}-${verified}-${index}${tag}.md`,
      title: 't',
      agent,
      category,
      complexity
    })
  return [
    ...Array.from({ length: successes }, (_, index) => record('success', index)),
    ...Array.from({ length: failures }, (_, index) => record('failure', index))
  ]
}

describe('recommend', () => {
  // Probabilities checked against scipy 1.17 (numerical integration of the two Beta posteriors:
  // quad(lambda x: beta(1+sa, 1+fa).pdf(x) * beta(1+sb, 1+fb).cdf(x), 0, 1)).
  test.each([
    [19, 1, 12, 8, 0.9955654101995564, 'clear_choice'],
    [10, 0, 1, 9, 0.9999829891470756, 'clear_choice'],
    [8, 2, 5, 5, 0.9086687306501547, 'tie'],
    [3, 1, 2, 2, 0.7380952380952382, 'tie']
  ])(
    'a at %i/%i failures against b at %i/%i: P(a beats b) = %f, %s',
    (as, af, bs, bf, probability, verdict) => {
      const result = recommend([...outcomes('a', as, af), ...outcomes('b', bs, bf)], {
        category: 'debugging'
      })
      expect(result.probability).toBeCloseTo(probability, 4)
      expect(result.verdict).toBe(verdict)
      expect(result.recommended).toBe(verdict === 'clear_choice' ? 'a' : undefined)
      expect(result.ranking.map((entry) => entry.agent)).toEqual(['a', 'b'])
    }
  )

  test('the reason says who beats whom, how surely, on what records', () => {
    const clear = recommend([...outcomes('a', 19, 1), ...outcomes('b', 12, 8)], {
      category: 'debugging'
    })
    expect(clear.reason).toBe('a beats b with probability above 0.99 (19/20 vs 12/20).')
    const tie = recommend([...outcomes('b', 2, 2), ...outcomes('a', 3, 1)], {
      category: 'debugging'
    })
    expect(tie.reason).toBe(
      'a beats b with probability 0.74 (3/4 vs 2/4), below 0.95: more plans are needed to tell them apart.'
    )
  })

  test('the closest rival decides: a clear lead over one agent is not enough when another is close', () => {
    const result = recommend(
      [...outcomes('a', 19, 1), ...outcomes('b', 1, 9), ...outcomes('c', 17, 3)],
      { category: 'debugging' }
    )
    expect(result.verdict).toBe('tie')
    expect(result.reason).toContain('a beats c with probability')
  })

  test('an agent given harder tasks is compared within complexity (Simpson’s paradox)', () => {
    // a: 36/40 on low, 1/4 on high (84% pooled); b: 4/4 on low, 10/20 on high (58% pooled).
    // Pooled, a leads; within each complexity, b does as well or better.
    const records = [
      ...outcomes('a', 36, 4, 'debugging', '-low', 'low'),
      ...outcomes('a', 1, 3, 'debugging', '-high', 'high'),
      ...outcomes('b', 4, 0, 'debugging', '-low', 'low'),
      ...outcomes('b', 10, 10, 'debugging', '-high', 'high')
    ]
    const result = recommend(records, { category: 'debugging' })
    expect(result.probability).toBeGreaterThanOrEqual(0.95)
    expect(result.verdict).toBe('tie')
    expect(result.stratified?.by).toBe('complexity')
    expect(result.stratified?.oddsRatio).toBeLessThan(1)
    expect(result.reason).toContain(
      'within complexity the lead does not hold (Mantel–Haenszel odds ratio'
    )
    // The same records in one complexity each: nothing to stratify.
    const same = recommend([...outcomes('a', 19, 5), ...outcomes('b', 14, 10)], {
      category: 'debugging'
    })
    expect(same.stratified).toBeUndefined()
  })

  test('a lucky single success does not outrank a steady record', () => {
    // c: 1/1 has rate 1 but lower bound 0.2065; a: 8/10 has lower bound 0.4902
    const result = recommend([...outcomes('c', 1, 0), ...outcomes('a', 8, 2)], {
      category: 'debugging',
      minSamples: 1
    })
    expect(result.ranking.map((entry) => entry.agent)).toEqual(['a', 'c'])
  })

  test('not enough data below the minimum sample', () => {
    const result = recommend([...outcomes('a', 2, 0), ...outcomes('b', 1, 0)], {
      category: 'debugging'
    })
    expect(result.verdict).toBe('not_enough_data')
    expect(result.reason).toBe(
      'No agent has 3 verifiable plans in debugging; the most is a (2 of 2 verified, 95% interval 34–100%).'
    )
  })

  test('an agent with too few plans cannot take away what the leader’s own record shows', () => {
    const alone = recommend(outcomes('a', 30, 0), { category: 'debugging' })
    const withRival = recommend([...outcomes('a', 30, 0), ...outcomes('b', 0, 2)], {
      category: 'debugging'
    })
    expect(alone).toMatchObject({ verdict: 'clear_choice', recommended: 'a' })
    expect(withRival).toMatchObject({ verdict: 'clear_choice', recommended: 'a' })
    expect(withRival.reason).toBe(
      'a (30 of 30 verified, 95% interval 89–100%) is the only agent with 3 or more verifiable plans in debugging: it succeeds more often than not with probability above 0.99. b (0 of 2 verified, 95% interval 0–66%) has fewer than 3 verifiable plans, too few to compare.'
    )
  })

  // P(rate > 50%) under Beta(1 + s, 1 + f), checked against scipy: beta(1+s, 1+f).sf(0.5).
  test.each([
    [3, 0, 0.9375, 'not_enough_data', 'whether it succeeds more often than not is still open'],
    [0, 3, 0.0625, 'not_enough_data', 'whether it succeeds more often than not is still open'],
    [0, 6, 0.0078125, 'no_good_choice', 'it fails more often than it succeeds'],
    [10, 0, 0.99951171875, 'clear_choice', 'it succeeds more often than not']
  ])(
    'an agent alone with %i successes and %i failures: P(rate > 50%%) = %f, %s',
    (successes, failures, probability, verdict, words) => {
      const result = recommend(outcomes('a', successes, failures), { category: 'debugging' })
      expect(result.probability).toBeCloseTo(probability, 4)
      expect(result.verdict).toBe(verdict)
      expect(result.recommended).toBe(verdict === 'clear_choice' ? 'a' : undefined)
      expect(result.reason).toContain(words)
    }
  )

  // 2,000 generated pairs of records over two complexities run in well under a second.
  test(
    'monotone: a success more for a clear choice, in a complexity it has plans in, keeps it; a rival below minSamples changes nothing',
    { timeout: 30_000 },
    () => {
      const strength = { no_good_choice: 0, not_enough_data: 0, tie: 1, clear_choice: 2 } as const
      const levels = ['low', 'high'] as const
      fc.assert(
        fc.property(
          fc.array(fc.nat(12), { minLength: 8, maxLength: 8 }),
          fc.constantFrom(...levels),
          fc.nat(2),
          fc.nat(2),
          (counts, level, s3, f3) => {
            const records = (['a', 'b'] as const).flatMap((agent, index) =>
              levels.flatMap((complexity, at) => {
                const [successes = 0, failures = 0] = counts.slice(4 * index + 2 * at)
                return outcomes(agent, successes, failures, 'debugging', complexity, complexity)
              })
            )
            const before = recommend(records, { category: 'debugging' })
            const leader = before.recommended
            const hasPlansThere = records.some(
              (record) => record.agent === leader && record.complexity === level
            )
            if (before.verdict === 'clear_choice' && leader && hasPlansThere) {
              const more = recommend(
                [...records, ...outcomes(leader, 1, 0, 'debugging', '-extra', level)],
                { category: 'debugging' }
              )
              expect(more).toMatchObject({ verdict: 'clear_choice', recommended: leader })
            }
            // c stays below minSamples (3): at most two plans.
            const withFew = recommend([...records, ...outcomes('c', s3, Math.min(f3, 2 - s3))], {
              category: 'debugging'
            })
            expect(strength[withFew.verdict]).toBe(strength[before.verdict])
            expect(withFew.recommended).toBe(before.recommended)
          }
        ),
        { numRuns: 2000 }
      )
    }
  )

  test('no data at all, other categories and complexities ignored', () => {
    const result = recommend(outcomes('a', 5, 0, 'documentation'), {
      category: 'debugging',
      complexity: 'high'
    })
    expect(result).toEqual({
      method: 'beta-posterior',
      threshold: 0.95,
      minSamples: 3,
      ranking: [],
      verdict: 'not_enough_data',
      probability: null,
      reason: 'No finished, verifiable plans in debugging (high) yet.'
    })
  })
})
