import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { recommend } from '../src/core/aggregate/recommend.js'
import type { PlanRecord } from '../src/core/types/generated.js'
import { propertyBudget } from './helpers/propertyBudget.js'

/** `successes` verified successes and `failures` failures for an agent in debugging. */
function outcomes(
  agent: string,
  successes: number,
  failures: number,
  category = 'debugging',
  tag = ''
): PlanRecord[] {
  const record = (verified: 'success' | 'failure', index: number): PlanRecord => ({
    path: `${agent}-${verified}-${index}${tag}.md`,
    title: 't',
    agent,
    category,
    complexity: 'medium',
    prompts: [],
    status: { claimed: verified === 'success' ? 'completed' : 'partial', verified },
    progress: {
      done: 0,
      total: 0,
      boxes: { checked: 0, unchecked: 0, inProgress: 0, dropped: 0, lost: 0 },
      criteria: { done: 0, total: 0 },
      phases: [],
      other: { done: 0, total: 0 }
    },
    quality: {},
    findings: []
  })
  return [
    ...Array.from({ length: successes }, (_, index) => record('success', index)),
    ...Array.from({ length: failures }, (_, index) => record('failure', index))
  ]
}

describe('recommend', () => {
  test('clear choice: the first interval lies wholly above the second', () => {
    // a: 10/10 → [0.7225, 1]; b: 1/10 → [0.0179, 0.4042]
    const result = recommend([...outcomes('a', 10, 0), ...outcomes('b', 1, 9)], {
      category: 'debugging'
    })
    expect(result.verdict).toBe('clear_choice')
    expect(result.recommended).toBe('a')
    expect(result.ranking.map((entry) => [entry.agent, entry.score])).toEqual([
      ['a', 0.7225],
      ['b', 0.0179]
    ])
    expect(result.reason).toBe(
      'a (10 of 10 verified, 95% interval 72–100%) is ahead: its interval lies wholly above b (1 of 10 verified, 95% interval 2–40%).'
    )
  })

  test('tie: overlapping intervals, ranked by lower bound', () => {
    // a: 3/4 → [0.3006, 0.9544]; b: 2/4 → [0.15, 0.85]
    const result = recommend([...outcomes('b', 2, 2), ...outcomes('a', 3, 1)], {
      category: 'debugging'
    })
    expect(result.verdict).toBe('tie')
    expect(result.recommended).toBeUndefined()
    expect(result.ranking.map((entry) => entry.agent)).toEqual(['a', 'b'])
    expect(result.reason).toContain('overlaps b (2 of 4 verified')
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
      'a (30 of 30 verified, 95% interval 89–100%) is the only agent with 3 or more verifiable plans in debugging, and its interval lies above 50%. b (0 of 2 verified, 95% interval 0–66%) has fewer than 3 verifiable plans, too few to compare.'
    )
  })

  test.each([
    [3, 0, 'not_enough_data', 'its interval spans 50%'],
    [0, 3, 'not_enough_data', 'its interval spans 50%'],
    [0, 6, 'no_good_choice', 'it fails more often than it succeeds'],
    [10, 0, 'clear_choice', 'its interval lies above 50%']
  ])(
    'an agent alone with %i successes and %i failures is judged against even odds: %s',
    (successes, failures, verdict, words) => {
      const result = recommend(outcomes('a', successes, failures), { category: 'debugging' })
      expect(result.verdict).toBe(verdict)
      expect(result.recommended).toBe(verdict === 'clear_choice' ? 'a' : undefined)
      expect(result.reason).toContain(words)
    }
  )

  const monotone = propertyBudget(300, 3_000)
  test(
    'monotone: a success more for a clear choice keeps it; a rival below minSamples changes nothing',
    () => {
      const strength = { no_good_choice: 0, not_enough_data: 0, tie: 1, clear_choice: 2 } as const
      fc.assert(
        fc.property(
          fc.nat(12),
          fc.nat(12),
          fc.nat(12),
          fc.nat(12),
          fc.nat(2),
          fc.nat(2),
          (s1, f1, s2, f2, s3, f3) => {
            const records = [...outcomes('a', s1, f1), ...outcomes('b', s2, f2)]
            const before = recommend(records, { category: 'debugging' })
            if (before.verdict === 'clear_choice' && before.recommended) {
              const more = recommend(
                [...records, ...outcomes(before.recommended, 1, 0, 'debugging', 'extra')],
                {
                  category: 'debugging'
                }
              )
              expect(more).toMatchObject({
                verdict: 'clear_choice',
                recommended: before.recommended
              })
            }
            // c stays below minSamples (3): at most two plans.
            const withFew = recommend([...records, ...outcomes('c', s3, Math.min(f3, 2 - s3))], {
              category: 'debugging'
            })
            expect(strength[withFew.verdict]).toBe(strength[before.verdict])
            expect(withFew.recommended).toBe(before.recommended)
          }
        ),
        monotone.parameters
      )
    },
    monotone.timeout
  )

  test('no data at all, other categories and complexities ignored', () => {
    const result = recommend(outcomes('a', 5, 0, 'documentation'), {
      category: 'debugging',
      complexity: 'high'
    })
    expect(result).toEqual({
      method: 'wilson-lower-bound',
      minSamples: 3,
      ranking: [],
      verdict: 'not_enough_data',
      reason: 'No finished, verifiable plans in debugging (high) yet.'
    })
  })
})
