import { planRecord } from '../aggregate/planRecord.js'
import { verifiedRate } from '../aggregate/verifiedRate.js'
import type { ParsedDocument } from '../parseDocument.js'
import { reportMessage } from '../reportMessage.js'
import type { ResolvedConfig } from '../resolveConfig.js'
import type { PlanRecord } from '../types/generated.js'

/**
 * `review-claim-mismatch`: the numbers a review states about an agent are
 * claims. Each category's **Success Rate** is compared with the verified
 * success of that agent's plans in the category (started within the review's
 * Session Period, when it has one), within the configured tolerance.
 */
export function checkReviewClaims(
  documents: readonly ParsedDocument[],
  config: Pick<ResolvedConfig, 'rules' | 'successRateTolerance'>
): void {
  const records: PlanRecord[] = documents.flatMap(({ document }) =>
    document.kind === 'plan' ? [planRecord(document, [], [])] : []
  )
  for (const parsed of documents) {
    const review = parsed.document
    if (review.kind !== 'review' || !review.agent) continue
    const period = review.sessionPeriod
    const inPeriod = (record: PlanRecord) =>
      !period ||
      (record.startTime !== undefined &&
        record.startTime.slice(0, 10) >= period.from.slice(0, 10) &&
        record.startTime.slice(0, 10) <= period.to.slice(0, 10))
    ;(review.categories ?? []).forEach((claim, index) => {
      if (claim.successRate === undefined) return
      const plans = records.filter(
        (record) =>
          record.agent === review.agent && record.category === claim.category && inPeriod(record)
      )
      const verified = verifiedRate(plans)
      const scope = `${review.agent} in ${claim.category}${period ? ` from ${period.from} to ${period.to}` : ''}`
      const place =
        parsed.positions[`/categories/${index}/successRate`] ??
        parsed.positions[`/categories/${index}`] ??
        parsed.positions['']
      if (verified.rate === null) {
        reportMessage(
          parsed.file,
          config.rules,
          'review-claim-mismatch',
          place,
          `Expected verifiable plans behind a success rate, found none by ${scope}, against a claimed ${claim.successRate}%`,
          {
            expected: 'verifiable plans',
            actual: `${claim.successRate}%`
          }
        )
        return
      }
      const measured = Math.round(verified.rate * 1000) / 10
      if (Math.abs(measured - claim.successRate) <= config.successRateTolerance) return
      reportMessage(
        parsed.file,
        config.rules,
        'review-claim-mismatch',
        place,
        `Expected a success rate near ${measured}% (${verified.successes} of ${verified.n} verifiable plans by ${scope}), found ${claim.successRate}%`,
        { expected: `${measured}%`, actual: `${claim.successRate}%` }
      )
    })
  }
}
