import type { CommitAt } from '../types/generated.js'
import type { PlanRevision } from './gitCommit.js'

/** A revert as git shows it: the commit, its date, and the commits its message names (maybe abbreviated). */
export interface Revert {
  commit: string
  date: string
  reverts: readonly string[]
}

/**
 * The first commit that reverted one of a plan's commits within `days` of
 * it: a `This reverts commit <sha>` message naming it, or a later change that
 * puts the plan file back to the blob it had before that commit. A revert is
 * not the plan's work: undoing it (a revert of the revert) does not count.
 * `revisions` are oldest first; `dateOf` gives each commit's author date.
 */
export function findRevert(
  revisions: readonly PlanRevision[],
  reverts: readonly Revert[],
  dateOf: (commit: string) => string | undefined,
  days: number
): CommitAt | undefined {
  const window = days * 24 * 60 * 60 * 1000
  const found: CommitAt[] = []
  const within = (reverted: string, by: string, date: string) => {
    const made = dateOf(reverted)
    return made !== undefined && Date.parse(date) - Date.parse(made) <= window && reverted !== by
  }
  const restores = (revision: PlanRevision, later: PlanRevision) =>
    later !== revision &&
    later.blobId === revision.before &&
    later.before === revision.blobId &&
    (dateOf(later.commit) ?? '') >= (dateOf(revision.commit) ?? '')
  const undoing = new Set(reverts.map((revert) => revert.commit))
  for (const revision of revisions)
    for (const later of revisions)
      if (revision.before && restores(revision, later)) undoing.add(later.commit)
  for (const revision of revisions) {
    if (undoing.has(revision.commit)) continue
    for (const revert of reverts)
      if (
        revert.reverts.some((named) => revision.commit.startsWith(named)) &&
        within(revision.commit, revert.commit, revert.date)
      )
        found.push({ commit: revert.commit, date: revert.date })
    if (!revision.before) continue
    const restoring = revisions.find((later) => restores(revision, later))
    const date = restoring && dateOf(restoring.commit)
    if (restoring && date && within(revision.commit, restoring.commit, date))
      found.push({ commit: restoring.commit, date })
  }
  return found.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))[0]
}
