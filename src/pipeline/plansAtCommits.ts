import { filesAtCommit, readBlobs } from '../adapters/gitHistory.js'
import { analysedPlans, type AnalysedPlan } from '../core/aggregate/analysedPlans.js'
import { documentGlobs } from '../core/documentGlobs.js'
import { parseDocument, type ParsedDocument } from '../core/parseDocument.js'
import type { ResolvedConfig } from '../core/resolveConfig.js'

/**
 * The plans as they were at each commit (none for a missing commit), from git
 * history: every document blob is read once, in one batch, and each path and
 * blob is parsed once however many commits share it.
 */
export async function plansAtCommits(
  cwd: string,
  commits: ReadonlyArray<string | undefined>,
  config: ResolvedConfig
): Promise<AnalysedPlan[][]> {
  const globs = documentGlobs(config)
  const listings = await Promise.all(
    commits.map((commit) => (commit ? filesAtCommit(cwd, commit) : Promise.resolve([])))
  )
  const documents = listings.map((files) => files.filter((file) => globs.isDocument(file.path)))
  const blobs = await readBlobs(cwd, [...new Set(documents.flat().map((file) => file.blobId))])
  const parsed = new Map<string, ParsedDocument>()
  return documents.map((files) => {
    const snapshot = files.flatMap((file) => {
      const key = `${file.path}\u0000${file.blobId}`
      const source = blobs.get(file.blobId)
      if (source === undefined) return []
      const document =
        parsed.get(key) ??
        parseDocument(source, {
          path: file.path,
          blobId: file.blobId,
          kindHint: globs.kindHint(file.path),
          config
        })
      parsed.set(key, document)
      return [document]
    })
    return analysedPlans(snapshot)
  })
}
