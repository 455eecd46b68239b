import { describe, expect, test } from 'vitest'
import { mean, median } from '../src/core/stats/mean.js'
import { rate } from '../src/core/stats/rate.js'

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
