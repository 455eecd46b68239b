import type { PlanRecord } from '../types/generated.js'

const openLabels: Partial<Record<PlanRecord['status']['claimed'], string>> = {
  in_progress: 'in progress',
  blocked: 'blocked',
  unknown: 'no status stated'
}

/**
 * A plan's status in words a reviewer reads without the glossary: what it
 * claims, and whether its own boxes (and its reviewers) bear that out.
 */
export function outcomeLabel(record: Pick<PlanRecord, 'status'>): string {
  const { claimed, verified } = record.status
  const stated = claimed.replace(/_/g, ' ')
  if (verified === 'open') return openLabels[claimed] ?? stated
  if (verified === 'success') return 'completed, every box ticked'
  if (verified === 'unverifiable') return `${stated}, nothing to check it against`
  if (claimed !== 'completed') return stated
  const { reviewer } = record.status
  if (reviewer === 'failure' || reviewer === 'partial')
    return `claims completed, but its reviewer found it ${reviewer === 'failure' ? 'failed' : 'partial'}`
  return 'claims completed, boxes left unticked'
}
