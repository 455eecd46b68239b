import { mean, median } from '../stats/mean.js'
import type { EstimateAccuracy, PlanRecord } from '../types/generated.js'

/**
 * Actual over estimated minutes (docs/metrics.md), on the finished plans that
 * claim completed and have both an estimate and a complete measurement: a
 * partial, failed or abandoned plan stopped early, and one timed phase is not
 * the plan's time. What is left out is counted, so nobody reads the figure as
 * covering more than it does.
 */
export function estimateCalibration(finished: readonly PlanRecord[]): EstimateAccuracy {
  const excluded = { notCompleted: 0, noEstimate: 0, incompleteMeasurement: 0 }
  const ratios: number[] = []
  for (const record of finished) {
    if (record.status.claimed !== 'completed') excluded.notCompleted++
    else if (!record.estimatedMinutes) excluded.noEstimate++
    else if (record.actualMinutes === undefined) excluded.incompleteMeasurement++
    else ratios.push(record.actualMinutes / record.estimatedMinutes)
  }
  return { n: ratios.length, median: median(ratios), mean: mean(ratios).mean, excluded }
}
