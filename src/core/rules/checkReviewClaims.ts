import type { AnalysedPlan } from '../aggregate/analysedPlans.js'
import { verifiedRate } from '../aggregate/verifiedRate.js'
import type { ParsedDocument } from '../parseDocument.js'
import { reportMessage } from '../reportMessage.js'
import type { ResolvedConfig } from '../resolveConfig.js'
import type { PlanRecord } from '../types/generated.js'

/** How far a stated average quality may be from the computed one: rounding to a whole score. */
const qualityTolerance = 0.5

/**
 * `review-claim-mismatch`: the numbers a review states about an agent are
 * claims, each checked against that agent's plans in the category (started
 * within the review's Session Period, when it has one): **Tasks Completed**
 * against the plans that claim COMPLETED (exactly), **Average Quality**
 * against their mean Quality Score (within half a point), and **Success
 * Rate** against their verified success (within the configured tolerance).
 * `plans`: the documents' plans as `analysedPlans` builds them, so reviews
 * are judged on the same verified outcome as the analytics.
 */
export function checkReviewClaims(
  documents: readonly ParsedDocument[],
  plans: readonly AnalysedPlan[],
  config: Pick<ResolvedConfig, 'rules' | 'successRateTolerance'>
): void {
  const records: PlanRecord[] = plans.map(({ record }) => record)
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
      const plans = records.filter(
        (record) =>
          record.agent === review.agent && record.category === claim.category && inPeriod(record)
      )
      const scope = `${review.agent} in ${claim.category}${period ? ` from ${period.from} to ${period.to}` : ''}`
      const claimPlace = (field: string) =>
        parsed.positions[`/categories/${index}/${field}`] ??
        parsed.positions[`/categories/${index}`] ??
        parsed.positions['']
      const report = (field: string, reason: string, expected: string, actual: string) =>
        reportMessage(
          parsed.file,
          config.rules,
          'review-claim-mismatch',
          claimPlace(field),
          reason,
          { expected, actual }
        )
      if (claim.tasksCompleted !== undefined) {
        const completed = plans.filter((record) => record.status.claimed === 'completed').length
        if (completed !== claim.tasksCompleted)
          report(
            'tasksCompleted',
            `Expected ${completed} tasks completed (plans by ${scope} that claim COMPLETED), found ${claim.tasksCompleted}`,
            String(completed),
            String(claim.tasksCompleted)
          )
      }
      if (claim.averageQuality !== undefined) {
        const scores = plans.flatMap((record) =>
          record.quality.self === undefined ? [] : [record.quality.self]
        )
        const average = scores.length
          ? Math.round((10 * scores.reduce((sum, score) => sum + score, 0)) / scores.length) / 10
          : undefined
        if (average === undefined)
          report(
            'averageQuality',
            `Expected plans with a Quality Score behind an average quality, found none by ${scope}, against a claimed ${claim.averageQuality}`,
            'plans with a Quality Score',
            String(claim.averageQuality)
          )
        else if (Math.abs(average - claim.averageQuality) > qualityTolerance)
          report(
            'averageQuality',
            `Expected an average quality near ${average} (the mean Quality Score of ${scores.length} plans by ${scope}), found ${claim.averageQuality}`,
            String(average),
            String(claim.averageQuality)
          )
      }
      if (claim.successRate === undefined) return
      const verified = verifiedRate(plans)
      if (verified.rate === null) {
        report(
          'successRate',
          `Expected verifiable plans behind a success rate, found none by ${scope}, against a claimed ${claim.successRate}%`,
          'verifiable plans',
          `${claim.successRate}%`
        )
        return
      }
      const measured = Math.round(verified.rate * 1000) / 10
      if (Math.abs(measured - claim.successRate) <= config.successRateTolerance) return
      report(
        'successRate',
        `Expected a success rate near ${measured}% (${verified.successes} of ${verified.n} verifiable plans by ${scope}), found ${claim.successRate}%`,
        `${measured}%`,
        `${claim.successRate}%`
      )
    })
  }
}
