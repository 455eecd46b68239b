import { isTokenIdentity } from './isTokenIdentity.js'

/** A comment as the sticky-comment logic needs it. */
export interface ExistingComment {
  id: number
  body: string
  authorLogin: string | undefined
  /** Where it is shown on github.com. */
  url: string
}

/** What to do to leave exactly one sticky comment with `body`. */
export interface StickyCommentPlan {
  /** `create` a comment, `update` the kept one, or leave it (`unchanged`). */
  action: 'create' | 'update' | 'unchanged'
  /** The comment kept (the oldest of ours), unless one is to be created. */
  keep?: ExistingComment
  /** Our other marked comments, left by racing runs: deleted, oldest wins. */
  remove: number[]
}

/**
 * Plans the sticky comment: ours are the comments carrying `marker` and
 * written by the token's identity (a marker pasted by someone else is not
 * ours); the oldest is kept and updated only when its body differs, the rest
 * are duplicates to delete.
 */
export function stickyCommentPlan(
  comments: readonly ExistingComment[],
  options: { viewerLogin: string; marker: string; body: string }
): StickyCommentPlan {
  const ours = comments
    .filter(
      (comment) =>
        comment.body.includes(options.marker) &&
        isTokenIdentity(comment.authorLogin, options.viewerLogin)
    )
    .sort((a, b) => a.id - b.id)
  const [keep, ...duplicates] = ours
  const remove = duplicates.map((comment) => comment.id)
  if (!keep) return { action: 'create', remove }
  return { action: keep.body === options.body ? 'unchanged' : 'update', keep, remove }
}
