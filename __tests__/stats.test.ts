import { describe, expect, test } from 'vitest'
import { mean, median } from '../src/core/stats/mean.js'
import { rate } from '../src/core/stats/rate.js'
import { mantelHaenszel } from '../src/core/stats/mantelHaenszel.js'
import { newcombeInterval } from '../src/core/stats/newcombeInterval.js'
import { probabilityAbove } from '../src/core/stats/probabilityAbove.js'
import { probabilityGreater } from '../src/core/stats/probabilityGreater.js'

describe('rate (Wilson 95% interval), hand-computed', () => {
  // p = k/n, z = 1.96, center = (p + z²/2n) / (1 + z²/n), half = z·√(p(1−p)/n + z²/4n²) / (1 + z²/n)
  test.each([
    [5, 10, 0.5, 0.2366, 0.7634],
    [0, 5, 0, 0, 0.4345],
    [3, 3, 1, 0.4385, 1],
    [1, 1, 1, 0.2065, 1],
    [8, 10, 0.8, 0.4902, 0.9433],
    [1, 3, 0.3333, 0.0615, 0.7923]
  ])('%d of %d → %d in [%d, %d]', (k, n, p, lower, upper) => {
    expect(rate(k, n)).toEqual({ successes: k, n, rate: p, interval: { lower, upper } })
  })

  test('no data is not 0%', () => {
    expect(rate(0, 0)).toEqual({ successes: 0, n: 0, rate: null, interval: null })
  })
})

describe('mean and median', () => {
  test('hand-computed', () => {
    expect(mean([8, 9, 7.5])).toEqual({ n: 3, mean: 8.1667 })
    expect(mean([])).toEqual({ n: 0, mean: null })
    expect(median([3, 1, 2])).toBe(2)
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([])).toBeNull()
  })
})

describe('comparing two rates', () => {
  test('Newcombe’s hybrid score interval matches his published example (1998, method 10)', () => {
    // Newcombe, Statistics in Medicine 17 (1998) 873–890, Table II, example (a): 56/70 − 48/80.
    const { lower, upper } = newcombeInterval({ successes: 56, n: 70 }, { successes: 48, n: 80 })
    expect(lower).toBeCloseTo(0.0524, 4)
    expect(upper).toBeCloseTo(0.3339, 4)
  })

  test('P(a beats b) under Beta posteriors matches scipy, and is 1/2 for equal records', () => {
    // scipy 1.17: quad(lambda x: beta(20, 2).pdf(x) * beta(13, 9).cdf(x), 0, 1)
    expect(probabilityGreater({ successes: 19, n: 20 }, { successes: 12, n: 20 })).toBeCloseTo(
      0.9955654101995564,
      12
    )
    expect(probabilityGreater({ successes: 4, n: 9 }, { successes: 4, n: 9 })).toBeCloseTo(0.5, 12)
    // scipy 1.17: beta(1 + 2, 1 + 1).sf(0.5)
    expect(probabilityAbove({ successes: 2, n: 3 }, 0.5)).toBeCloseTo(0.6875, 12)
  })

  test('Mantel–Haenszel odds ratio with the Robins–Breslow–Greenland interval, hand-computed', () => {
    // Strata (a successes/n, b successes/n): 6/8 vs 2/6, and 1/4 vs 3/6.
    // R = 6·4/14 + 1·3/10 = 2.0143, S = 2·2/14 + 3·3/10 = 1.1857, OR = R/S = 1.6988.
    const result = mantelHaenszel([
      { a: { successes: 6, n: 8 }, b: { successes: 2, n: 6 } },
      { a: { successes: 1, n: 4 }, b: { successes: 3, n: 6 } }
    ])
    expect(result?.oddsRatio).toBeCloseTo(1.6987951807228916, 10)
    expect(result?.lower).toBeCloseTo(0.351954406425315, 8)
    expect(result?.upper).toBeCloseTo(8.199656016125807, 8)
    expect(
      mantelHaenszel([{ a: { successes: 1, n: 1 }, b: { successes: 0, n: 0 } }])
    ).toBeUndefined()
  })
})
