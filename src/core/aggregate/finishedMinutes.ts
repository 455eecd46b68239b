import type { PlanRecord } from '../types/generated.js'
import { isFinished } from './isFinished.js'

/** Actual minutes of the finished plans: an open plan's time so far is not a duration. */
export function finishedMinutes(records: readonly PlanRecord[]): number[] {
  return records
    .filter(isFinished)
    .flatMap((record) => (record.actualMinutes === undefined ? [] : [record.actualMinutes]))
}
