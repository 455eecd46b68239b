import type { GitHubApi } from '../adapters/githubApi.js'
import type { GitHubApiError } from '../adapters/githubApiError.js'
import { checksConclusion } from '../core/evidence/checksConclusion.js'
import type { LedgerEntry } from '../core/types/generated.js'

/** Commits asked about per run: the rest wait for the next run, so a large backlog never exhausts the rate limit. */
export const maxLookupsPerRun = 50

/**
 * Asks GitHub, for each plan's last commit, which pull request carried it
 * (a merged one first, else the lowest number) and how its head's check runs
 * concluded; null when no pull request contains the commit. At most
 * `maxLookupsPerRun` commits per run, each asked once however often the
 * caller regenerates. A token that may not read pull requests or checks (403,
 * 404) ends the asking with a notice; what was learned is kept.
 */
export function learnPulls(
  api: Pick<GitHubApi, 'pullsOfCommit' | 'checkRuns'>,
  onNotice: (message: string) => void
) {
  const known = new Map<string, LedgerEntry | undefined>()
  // Plans that share a commit (one pull request, several plans) cost one question.
  const byCommit = new Map<string, LedgerEntry['pull']>()
  let stopped = false
  return async (
    queries: ReadonlyArray<{ plan: string; commit: string }>
  ): Promise<LedgerEntry[]> => {
    const learned: LedgerEntry[] = []
    let asked = 0
    let later = 0
    for (const query of queries) {
      const key = `${query.plan}\u0000${query.commit}`
      if (known.has(key)) {
        const entry = known.get(key)
        if (entry) learned.push(entry)
        continue
      }
      const answered = byCommit.get(query.commit)
      if (answered !== undefined) {
        const entry: LedgerEntry = { ...query, pull: answered }
        known.set(key, entry)
        learned.push(entry)
        continue
      }
      if (stopped) continue
      if (asked >= maxLookupsPerRun) {
        later++
        continue
      }
      asked++
      try {
        const pulls = await api.pullsOfCommit(query.commit)
        const pull = [...pulls].sort(
          (a, b) => Number(b.merged) - Number(a.merged) || a.number - b.number
        )[0]
        const entry: LedgerEntry = {
          plan: query.plan,
          commit: query.commit,
          pull: pull
            ? {
                number: pull.number,
                merged: pull.merged,
                checks: checksConclusion(await api.checkRuns(pull.headSha))
              }
            : null
        }
        known.set(key, entry)
        byCommit.set(query.commit, entry.pull)
        learned.push(entry)
      } catch (error) {
        const status = (error as GitHubApiError).status
        if (status !== 403 && status !== 404) throw error
        stopped = true
        onNotice(
          `planmark: GitHub refused to list the pull requests or check runs of commit ${query.commit.slice(0, 12)} (${status}); outcome evidence from GitHub was not gathered this run. Give the job "permissions: pull-requests: read, checks: read" or set "evidence": { "github": false }.`
        )
      }
    }
    if (later > 0)
      onNotice(
        `planmark: asked GitHub about ${maxLookupsPerRun} plans' commits this run; ${later} more are asked on the next runs.`
      )
    return learned
  }
}
