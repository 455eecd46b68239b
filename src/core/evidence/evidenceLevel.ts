import type { EvidenceLevel, PlanHistory, PlanStatus } from '../types/generated.js'

/**
 * A plan's outcome level (docs/metrics.md): `contradicted` when it claims
 * completed and its boxes or a reviewer (a verified failure), a revert or a
 * failing check run say otherwise; `evidenced` when it is a verified success
 * whose commits reached the default branch with none of those; `consistent`
 * for any other verified success; `claimed` otherwise. Evidence only ever
 * moves a plan up to `evidenced` by a positive fact (reaching the default
 * branch), so removing evidence never raises its level's strength
 * (`evidenceStrength`).
 */
export function evidenceLevel(
  status: Pick<PlanStatus, 'claimed' | 'verified'>,
  history: PlanHistory | undefined
): EvidenceLevel {
  const refuted = history?.revertedBy !== undefined || history?.pull?.checks === 'failure'
  if (status.claimed === 'completed' && (status.verified === 'failure' || refuted))
    return 'contradicted'
  if (status.verified !== 'success') return 'claimed'
  return history?.reachedDefaultBranch === true ? 'evidenced' : 'consistent'
}

/** How much beyond the plan's own word a level rests on: 0 claimed, 1 consistent, 2 evidenced or contradicted. */
export function evidenceStrength(level: EvidenceLevel): number {
  return level === 'claimed' ? 0 : level === 'consistent' ? 1 : 2
}
