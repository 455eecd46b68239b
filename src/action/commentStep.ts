import { join, relative, resolve } from 'node:path'
import { actionsRuntime, type ActionContext } from '../adapters/actionsRuntime.js'
import { githubApi } from '../adapters/githubApi.js'
import { GitHubApiError } from '../adapters/githubApiError.js'
import { writeFileAtomic } from '../adapters/writeFileAtomic.js'
import { commentMarker } from '../core/render/renderPullRequestComment.js'
import type { CommentArtifact } from '../core/types/generated.js'
import type { CheckResult } from '../pipeline/checkFiles.js'
import { publishStickyComment, type StickyCommentResult } from '../pipeline/publishStickyComment.js'
import { pullRequestComment } from '../pipeline/pullRequestComment.js'
import type { ActionInputs } from './actionInputs.js'
import { encodePath } from '../core/render/encodePath.js'

/** Why this run's token cannot comment, when the event tells. */
function readOnlyReason(inputs: ActionInputs, context: ActionContext): string | undefined {
  const pull = context.payload.pull_request
  if (!inputs.token) return 'no github-token was given'
  if (pull && pull.head.repo?.full_name !== pull.base.repo.full_name)
    return 'this pull request comes from a fork, and GitHub gives its runs a read-only token'
  if (context.payload.sender?.login === 'dependabot[bot]')
    return "Dependabot's runs get a read-only token"
  return undefined
}

/** The job summary's lines for a posted (or skipped) comment. */
export function commentSummary(result: StickyCommentResult): string {
  const removed = result.removed.length > 0 ? ` (${result.removed.length} duplicate removed)` : ''
  if (result.action === 'skipped')
    return `**Pull-request comment**: not written: ${result.reason ?? ''}\n`
  return `**Pull-request comment**: ${result.action}${removed}: ${result.url ?? ''}\n`
}

/** Sets the comment outputs. */
export function commentOutputs(result: StickyCommentResult): void {
  if (result.id !== undefined) actionsRuntime.output('comment-id', result.id)
  if (result.url) actionsRuntime.output('comment-url', result.url)
}

/**
 * The pull-request comment of a `pull_request` run: rendered against the
 * merge base, then posted as the sticky comment, or written to `comment-file`
 * for a `workflow_run` workflow to post (the fork-safe mode). A read-only
 * token gets one notice saying why nothing was posted, and the comment goes
 * into the job summary instead; the step still succeeds.
 */
export async function commentStep(
  inputs: ActionInputs,
  context: ActionContext,
  where: { cwd: string; check: CheckResult }
): Promise<string> {
  const pull = context.payload.pull_request
  if (!pull)
    throw new Error(
      `Mode comment needs a pull_request event (or workflow_run with comment-file); this run is ${context.eventName || 'not an event'}.`
    )
  if (!inputs.comment && !inputs.commentFile) return `**Pull-request comment**: off.\n`
  const reportPath = relative(
    context.workspace,
    join(where.cwd, where.check.config.reportsDir, 'report.md')
  )
    .split('\\')
    .join('/')
  const { owner, repo } = context.repository
  const folder = relative(context.workspace, where.cwd).split('\\').join('/')
  const comment = await pullRequestComment({
    cwd: where.cwd,
    configPath: inputs.config,
    base: pull.base.sha,
    check: where.check,
    fileUrl: `${context.serverUrl}/${owner}/${repo}/blob/${pull.head.sha}${folder ? `/${encodePath(folder)}` : ''}`,
    reportUrl: `${context.serverUrl}/${owner}/${repo}/blob/${encodePath(pull.base.ref)}/${reportPath}`
  })
  actionsRuntime.output('truncated', String(comment.truncated))
  if (inputs.commentFile) {
    const artifact: CommentArtifact = {
      format: 'planmark-comment',
      version: 1,
      pullRequest: pull.number,
      headSha: pull.head.sha,
      body: comment.body,
      truncated: comment.truncated
    }
    const path = resolve(context.workspace, inputs.commentFile)
    await writeFileAtomic(path, `${JSON.stringify(artifact, null, 2)}\n`)
    actionsRuntime.output('comment-file', path)
    return `**Pull-request comment**: written to ${inputs.commentFile} for the workflow_run workflow to post.\n\n${comment.body}`
  }
  let reason = readOnlyReason(inputs, context)
  if (!reason) {
    try {
      const result = await publishStickyComment(githubApi(inputs.token, context.repository), {
        pullRequest: pull.number,
        headSha: pull.head.sha,
        body: comment.body,
        marker: commentMarker
      })
      commentOutputs(result)
      return commentSummary(result)
    } catch (error) {
      if (!(error instanceof GitHubApiError && error.kind === 'forbidden')) throw error
      reason = 'the token may not write pull-request comments (it needs pull-requests: write)'
    }
  }
  actionsRuntime.notice(
    `planmark: no pull-request comment was posted: ${reason}. The comment is in the job summary; to post it from forks, use the two-workflow mode (comment-file and a workflow_run workflow, see the README).`
  )
  return `**Pull-request comment**: not posted: ${reason}.\n\n${comment.body}`
}
