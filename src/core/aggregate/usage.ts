import { distribution } from '../stats/distribution.js'
import { round } from '../stats/round.js'
import type { PlanRecord, Usage } from '../types/generated.js'
import { compareText } from './analysedPlans.js'
import { isFinished } from './isFinished.js'

/**
 * Tokens and stated cost of the finished plans (docs/metrics.md, Cost and
 * tokens): an open plan's spend so far is not its cost. Amounts in different
 * currencies are never added: one summary per currency. Cost per verified
 * success divides everything spent, failures included, by the successes.
 */
export function usage(records: readonly PlanRecord[]): Usage {
  const finished = records.filter(isFinished)
  const currencies = [
    ...new Set(finished.flatMap((record) => (record.cost ? [record.cost.currency] : [])))
  ].sort(compareText)
  return {
    inputTokens: distribution(
      finished.flatMap((record) =>
        record.tokens?.input === undefined ? [] : [record.tokens.input]
      )
    ),
    outputTokens: distribution(
      finished.flatMap((record) =>
        record.tokens?.output === undefined ? [] : [record.tokens.output]
      )
    ),
    cost: currencies.map((currency) => {
      const paid = finished.filter((record) => record.cost?.currency === currency)
      const cost = distribution(paid.map((record) => record.cost?.amount ?? 0))
      const verifiedSuccesses = paid.filter((record) => record.status.verified === 'success').length
      return {
        currency,
        cost,
        verifiedSuccesses,
        perVerifiedSuccess:
          verifiedSuccesses === 0 || cost.total === null
            ? null
            : round(cost.total / verifiedSuccesses)
      }
    })
  }
}
