import type { GitHubApi, Posted } from '../adapters/githubApi.js'
import { stickyCommentPlan } from '../core/github/stickyCommentPlan.js'
import { weekBounds } from '../core/isoWeek.js'
import { weeklyIssue, weeklyIssueMarker } from '../core/github/weeklyIssue.js'

/** What `publishWeeklyIssue` did. */
export interface WeeklyIssueResult {
  action: 'created' | 'updated' | 'unchanged'
  number: number
  url: string
}

/**
 * Creates or updates the one issue of an ISO week, found by its marker among
 * the issues the token's identity wrote since the week began (an issue for a
 * week is written after it starts, so older ones need not be listed).
 */
export async function publishWeeklyIssue(
  api: GitHubApi,
  week: string,
  report: string,
  reportPath: string
): Promise<WeeklyIssueResult> {
  const { title, body } = weeklyIssue(week, report, reportPath)
  const plan = stickyCommentPlan(await api.issuesSince(weekBounds(week).start), {
    viewerLogin: await api.viewerLogin(),
    marker: weeklyIssueMarker(week),
    body
  })
  const keep = plan.keep
  let posted: Posted
  if (!keep) posted = await api.createIssue(title, body)
  else if (plan.action === 'update') posted = await api.updateIssue(keep.id, title, body)
  else return { action: 'unchanged', number: keep.id, url: keep.url }
  return {
    action: keep ? 'updated' : 'created',
    number: posted.number ?? keep?.id ?? 0,
    url: posted.url
  }
}
