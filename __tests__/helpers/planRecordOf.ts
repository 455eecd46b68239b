import type { PlanRecord } from '../../src/core/types/generated.js'

/**
 * A plan record with a verified outcome and nothing to count, for tests of
 * what is computed from outcomes alone (verdicts, trends); `facts` override.
 */
export function planRecordOf(
  verified: 'success' | 'failure' | 'open',
  facts: Partial<PlanRecord> & Pick<PlanRecord, 'path'>
): PlanRecord {
  return {
    dialect: 'planmark',
    title: facts.path,
    prompts: [],
    status: {
      claimed:
        verified === 'open' ? 'in_progress' : verified === 'success' ? 'completed' : 'partial',
      verified,
      evidence: verified === 'success' ? 'consistent' : 'claimed'
    },
    progress: {
      done: 0,
      total: 0,
      boxes: { checked: 0, unchecked: 0, inProgress: 0, dropped: 0, lost: 0 },
      criteria: { done: 0, total: 0 },
      phases: [],
      other: { done: 0, total: 0 }
    },
    quality: {},
    findings: [],
    ...facts
  }
}
