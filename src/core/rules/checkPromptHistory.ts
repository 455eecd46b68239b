import type { ParsedDocument } from '../parseDocument.js'
import { reportMessage } from '../reportMessage.js'
import type { ResolvedConfig } from '../resolveConfig.js'

/** A state of a prompt file: committed (with its commit) or the working tree's. */
export interface PromptRevision {
  commit: string | null
  blobId: string
  version?: string
}

/**
 * `prompt-version-unbumped`: git is the prompts' version store, so a change to
 * a prompt's text must come with a new `version`; otherwise plans that name
 * `id@version` no longer say which text they used. `revisions` are newest
 * first, the working tree's (when it differs from the last commit) included.
 */
export function checkPromptHistory(
  prompt: ParsedDocument,
  revisions: readonly PromptRevision[],
  rules: ResolvedConfig['rules']
): void {
  const unbumped = revisions.filter((revision, index) => {
    const older = revisions[index + 1]
    return (
      older !== undefined &&
      older.blobId !== revision.blobId &&
      older.version !== undefined &&
      older.version === revision.version
    )
  })
  const latest = unbumped[0]
  if (!latest?.version) return
  const where = latest.commit ? `commit ${latest.commit.slice(0, 12)}` : 'the working tree'
  const more =
    unbumped.length > 1
      ? ` (and ${unbumped.length - 1} earlier edit${unbumped.length > 2 ? 's' : ''})`
      : ''
  reportMessage(
    prompt.file,
    rules,
    'prompt-version-unbumped',
    prompt.positions['/version'] ?? prompt.positions[''],
    `Expected a new version when the prompt text changes, found version ${latest.version} kept by ${where}${more}`,
    { expected: 'a new version', actual: latest.version }
  )
}
