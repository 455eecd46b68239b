import type { ClaimedStatus, PlanRecord } from '../types/generated.js'

const finishedStatuses = new Set<ClaimedStatus>(['completed', 'partial', 'failed', 'abandoned'])

/** Whether the plan says it is over (completed, partial, failed or abandoned); open plans have no final duration or outcome. */
export function isFinished(record: PlanRecord): boolean {
  return finishedStatuses.has(record.status.claimed)
}
