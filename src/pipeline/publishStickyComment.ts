import type { GitHubApi, Posted } from '../adapters/githubApi.js'
import { stickyCommentPlan } from '../core/github/stickyCommentPlan.js'

/** What `publishStickyComment` did. */
export interface StickyCommentResult {
  action: 'created' | 'updated' | 'unchanged' | 'skipped'
  id?: number
  url?: string
  /** Duplicates deleted (left by runs that raced). */
  removed: number[]
  /** Why nothing was written, when `skipped`. */
  reason?: string
}

/**
 * Leaves exactly one comment carrying `marker`, written by the token's
 * identity, with `body`: created when there is none, edited only when its
 * body differs, duplicates from racing runs deleted (the oldest wins). A run
 * for a commit that is no longer the pull request's head writes nothing, so
 * an older run finishing last cannot overwrite a newer one's comment.
 */
export async function publishStickyComment(
  api: GitHubApi,
  comment: { pullRequest: number; headSha: string; body: string; marker: string }
): Promise<StickyCommentResult> {
  const currentHead = await api.pullRequestHead(comment.pullRequest)
  if (currentHead !== comment.headSha)
    return {
      action: 'skipped',
      removed: [],
      reason: `the pull request's head is now ${currentHead.slice(0, 7)}, not ${comment.headSha.slice(0, 7)}; the run for it writes the comment.`
    }
  const viewerLogin = await api.viewerLogin()
  const planOf = async () =>
    stickyCommentPlan(await api.comments(comment.pullRequest), {
      viewerLogin,
      marker: comment.marker,
      body: comment.body
    })
  let plan = await planOf()
  let created: Posted | undefined
  if (plan.action === 'create') {
    created = await api.createComment(comment.pullRequest, comment.body)
    // A run racing this one may have created its own: look again, the oldest wins.
    plan = await planOf()
  }
  for (const id of plan.remove) await api.deleteComment(id)
  const keep = plan.keep
  // A listing that lags behind the write does not show the new comment yet: it is the one.
  if (!keep) return { action: 'created', id: created?.id, url: created?.url, removed: plan.remove }
  if (plan.action === 'update') {
    const updated = await api.updateComment(keep.id, comment.body)
    return { action: 'updated', id: updated.id, url: updated.url, removed: plan.remove }
  }
  return {
    action: keep.id === created?.id ? 'created' : 'unchanged',
    id: keep.id,
    url: keep.url,
    removed: plan.remove
  }
}
