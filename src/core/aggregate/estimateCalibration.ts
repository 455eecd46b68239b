import { mean, median } from '../stats/mean.js'
import type { EstimateAccuracy, PlanRecord } from '../types/generated.js'

/**
 * Actual over estimated minutes (docs/metrics.md), on the finished plans that
 * claim completed and have both an estimate and a complete measurement: a
 * partial, failed or abandoned plan stopped early, and one timed phase is not
 * the plan's time. What is left out is counted, so nobody reads the figure as
 * covering more than it does. The actual minutes are git's measured minutes
 * where the history has them (creation to completion), else the plan's own;
 * `basis` says how many of each were used.
 */
export function estimateCalibration(finished: readonly PlanRecord[]): EstimateAccuracy {
  const excluded = { notCompleted: 0, noEstimate: 0, incompleteMeasurement: 0 }
  const basis = { measured: 0, claimed: 0 }
  const ratios: number[] = []
  for (const record of finished) {
    const actual = record.measuredMinutes ?? record.actualMinutes
    if (record.status.claimed !== 'completed') excluded.notCompleted++
    else if (!record.estimatedMinutes) excluded.noEstimate++
    else if (actual === undefined) excluded.incompleteMeasurement++
    else {
      ratios.push(actual / record.estimatedMinutes)
      basis[record.measuredMinutes === undefined ? 'claimed' : 'measured']++
    }
  }
  return { n: ratios.length, median: median(ratios), mean: mean(ratios).mean, excluded, basis }
}
