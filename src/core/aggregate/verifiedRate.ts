import { rate } from '../stats/rate.js'
import type { PlanRecord, Rate } from '../types/generated.js'

/** Verified successes out of the plans with a verifiable outcome (success or failure). */
export function verifiedRate(records: readonly PlanRecord[]): Rate {
  const decided = records.filter(
    (record) => record.status.verified === 'success' || record.status.verified === 'failure'
  )
  return rate(
    decided.filter((record) => record.status.verified === 'success').length,
    decided.length
  )
}
