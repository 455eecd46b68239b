import { resolve } from 'node:path'
import { actionsRuntime, type ActionContext } from '../adapters/actionsRuntime.js'
import { githubApi } from '../adapters/githubApi.js'
import { readDocumentFile } from '../adapters/readDocumentFile.js'
import { readCommentArtifact } from '../core/github/readCommentArtifact.js'
import { commentMarker } from '../core/render/renderPullRequestComment.js'
import { publishStickyComment } from '../pipeline/publishStickyComment.js'
import type { ActionInputs } from './actionInputs.js'
import { commentOutputs, commentSummary } from './commentStep.js'

/** The artifact file is JSON around a body of at most 65,536 characters. */
const maxArtifactBytes = 512 * 1024

/**
 * The second half of the fork-safe mode, in a `workflow_run` run (which has a
 * write token but must not trust what the pull request's run produced): reads
 * the comment artifact as untrusted data, checks it against the pull request
 * and head commit the event names, and posts it as the sticky comment.
 */
export async function postCommentStep(
  inputs: ActionInputs,
  context: ActionContext
): Promise<string> {
  const run = context.payload.workflow_run
  if (!run) throw new Error('Posting a comment artifact needs a workflow_run event.')
  if (!inputs.commentFile)
    throw new Error(
      'Input comment-file is required on workflow_run: the path of the downloaded comment artifact.'
    )
  if (run.event !== 'pull_request' && run.event !== 'pull_request_target')
    return `**Pull-request comment**: nothing to post, the triggering run was a ${run.event} run.\n`
  const api = githubApi(inputs.token, context.repository)
  const label = run.head_repository
    ? `${run.head_repository.owner.login}:${run.head_branch ?? ''}`
    : ''
  const pullRequest =
    run.pull_requests.find((pull) => pull.head.sha === run.head_sha)?.number ??
    (label ? await api.pullRequestAt(label, run.head_sha) : undefined)
  if (pullRequest === undefined) {
    actionsRuntime.notice(
      `planmark: no open pull request has head ${run.head_sha}; no comment was posted.`
    )
    return `**Pull-request comment**: no open pull request has head ${run.head_sha}.\n`
  }
  const path = resolve(context.workspace, inputs.commentFile)
  const file = await readDocumentFile(path, maxArtifactBytes).catch((error: Error) => ({
    ok: false as const,
    reason: error.message
  }))
  if (!file.ok)
    throw new Error(`The comment artifact ${inputs.commentFile} could not be read: ${file.reason}`)
  const { owner, repo } = context.repository
  const reading = readCommentArtifact(file.source, {
    pullRequest,
    headSha: run.head_sha,
    repositoryUrl: `${context.serverUrl}/${owner}/${repo}`
  })
  if (!reading.ok)
    throw new Error(
      `The comment artifact was refused as untrusted data: ${reading.reasons.join('; ')}.`
    )
  actionsRuntime.output('truncated', String(reading.artifact.truncated))
  const result = await publishStickyComment(api, {
    pullRequest,
    headSha: run.head_sha,
    body: reading.artifact.body,
    marker: commentMarker
  })
  commentOutputs(result)
  return commentSummary(result)
}
