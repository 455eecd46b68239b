import { commentMarker } from '../render/renderPullRequestComment.js'
import { schemaValidator } from '../schemas/schemaValidator.js'
import { commentBodyProblems } from './commentBodyProblems.js'
import type { CommentArtifact } from '../types/generated.js'

/** The artifact, or why it cannot be posted. */
export type ArtifactReading =
  { ok: true; artifact: CommentArtifact } | { ok: false; reasons: string[] }

/**
 * Reads the comment a `pull_request` run left for a `workflow_run` run. The
 * file comes from a run that may have executed a fork's code, so it is
 * untrusted: valid JSON of the artifact schema, at most 65,536 characters of
 * body, planmark's marker once and at the end, the pull request and head
 * commit the trusted event names, and nothing planmark's renderer never
 * writes (images, foreign links, HTML, live mentions; `commentBodyProblems`).
 */
export function readCommentArtifact(
  text: string,
  expected: { pullRequest: number; headSha: string; repositoryUrl: string }
): ArtifactReading {
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch (error) {
    return { ok: false, reasons: [`not JSON: ${(error as Error).message}`] }
  }
  const validate = schemaValidator('comment-artifact')
  if (!validate(data))
    return {
      ok: false,
      reasons: (validate.errors ?? []).map(
        (error) => `${error.instancePath || '/'} ${error.message ?? 'is invalid'}`
      )
    }
  const artifact = data as CommentArtifact
  const reasons: string[] = []
  if (
    !artifact.body.trimEnd().endsWith(commentMarker) ||
    artifact.body.split(commentMarker).length !== 2
  )
    reasons.push("the body must end with planmark's marker and hold it once")
  if (artifact.pullRequest !== expected.pullRequest)
    reasons.push(
      `it names pull request #${artifact.pullRequest}, the event #${expected.pullRequest}`
    )
  if (artifact.headSha !== expected.headSha)
    reasons.push(`it describes commit ${artifact.headSha}, the event ${expected.headSha}`)
  for (const problem of commentBodyProblems(artifact.body, expected.repositoryUrl))
    reasons.push(`the body holds ${problem}, which planmark never writes`)
  return reasons.length > 0 ? { ok: false, reasons } : { ok: true, artifact }
}
