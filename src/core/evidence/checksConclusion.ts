import type { PullEvidence } from '../types/generated.js'

const failing = new Set(['failure', 'timed_out', 'cancelled', 'action_required', 'startup_failure'])

/**
 * One conclusion for a commit's check runs: failure when any failed, timed
 * out, was cancelled or needs action; pending while any has not completed;
 * success when all completed otherwise (neutral and skipped runs do not fail
 * a commit); none without check runs.
 */
export function checksConclusion(
  runs: ReadonlyArray<{ status: string; conclusion: string | null }>
): PullEvidence['checks'] {
  if (runs.length === 0) return 'none'
  if (runs.some((run) => run.conclusion !== null && failing.has(run.conclusion))) return 'failure'
  if (runs.some((run) => run.status !== 'completed')) return 'pending'
  return 'success'
}
