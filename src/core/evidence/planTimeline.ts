import type { ClaimedStatus, CommitAt } from '../types/generated.js'

/** What one committed state of a plan says: its status, its ticked boxes, its stated phase times. */
export interface RevisionState {
  claimed?: ClaimedStatus
  done: number
  /** Each stated phase time, keyed `<phase>/start` or `<phase>/end`, with its ISO value. */
  times: Record<string, string>
}

/** A committed state of a plan, oldest first, with the author date of its commit. */
export interface TimedRevision {
  commit: string
  date: string
  offsetMinutes: number
  state?: RevisionState
}

/** What the history of a plan file shows of its time. */
export interface PlanTimeline {
  created?: CommitAt
  ticks: CommitAt[]
  completed?: CommitAt
  measuredMinutes?: number
  /** The revision that first stated each phase time the plan states now, by key. */
  firstStated: Record<string, TimedRevision>
}

/**
 * The plan's timeline from its committed states (oldest first): the commit
 * that created it, those that ticked boxes, and the first one in which its
 * status became completed. Measured minutes are the author dates'
 * distance from creation to completion, and only when those are two commits:
 * one commit that writes a finished plan measures nothing.
 */
export function planTimeline(
  revisions: readonly TimedRevision[],
  current: RevisionState
): PlanTimeline {
  const at = (revision: TimedRevision): CommitAt => ({
    commit: revision.commit,
    date: revision.date
  })
  const first = revisions[0]
  const ticks: CommitAt[] = []
  let done = 0
  for (const revision of revisions) {
    if (!revision.state) continue
    if (revision.state.done > done) ticks.push(at(revision))
    done = revision.state.done
  }
  // The first completion: a revert and a reapply later must not stretch the time the work took.
  const completed = revisions.find((revision) => revision.state?.claimed === 'completed')
  const firstStated: Record<string, TimedRevision> = {}
  for (const [key, value] of Object.entries(current.times)) {
    const revision = revisions.find((candidate) => candidate.state?.times[key] === value)
    if (revision) firstStated[key] = revision
  }
  const timeline: PlanTimeline = { ticks, firstStated }
  if (first) timeline.created = at(first)
  if (completed) timeline.completed = at(completed)
  if (first && completed && completed.commit !== first.commit)
    timeline.measuredMinutes =
      Math.round((Date.parse(completed.date) - Date.parse(first.date)) / 600) / 100
  return timeline
}
