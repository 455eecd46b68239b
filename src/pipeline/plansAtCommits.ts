import { filesAtCommit, readBlobs } from '../adapters/gitHistory.js'
import { analysedPlans } from '../core/aggregate/analysedPlans.js'
import { documentGlobs } from '../core/documentGlobs.js'
import type { ParsedDocument } from '../core/parseDocument.js'
import type { ResolvedConfig } from '../core/resolveConfig.js'
import { deserializeChecked, type SerializedDocument } from '../core/serializeChecked.js'
import type { PlanRecord } from '../core/types/generated.js'
import { parseDocuments } from './parseDocuments.js'
import type { ParseJob } from './parseJob.js'

/**
 * The plans as they were at each commit (none for a missing commit), from git
 * history: every document blob is read once, in one batch, and each path and
 * blob is parsed once however many commits share it.
 */
export async function plansAtCommits(
  cwd: string,
  commits: ReadonlyArray<string | undefined>,
  config: ResolvedConfig
): Promise<PlanRecord[][]> {
  const globs = documentGlobs(config)
  const listings = await Promise.all(
    commits.map((commit) => (commit ? filesAtCommit(cwd, commit) : Promise.resolve([])))
  )
  const documents = listings.map((files) => files.filter((file) => globs.isDocument(file.path)))
  const blobs = await readBlobs(cwd, [...new Set(documents.flat().map((file) => file.blobId))])
  // Each path and blob once, through the same guard as the working tree's files.
  const jobs = new Map<string, ParseJob>()
  for (const file of documents.flat()) {
    const source = blobs.get(file.blobId)
    const kindHint = globs.kindHint(file.path)
    if (source !== undefined)
      jobs.set(`${file.path}\u0000${file.blobId}`, {
        path: file.path,
        source,
        blobId: file.blobId,
        ...(kindHint ? { kindHint } : {})
      })
  }
  const results = await parseDocuments([...jobs.values()], config)
  const parsed = new Map<string, ParsedDocument | undefined>()
  ;[...jobs.keys()].forEach((key, index) =>
    parsed.set(key, deserializeChecked(results[index] as SerializedDocument).parsed)
  )
  return documents.map((files) => {
    const snapshot = files.flatMap((file) => {
      const document = parsed.get(`${file.path}\u0000${file.blobId}`)
      return document ? [document] : []
    })
    return analysedPlans(snapshot).map(({ record }) => record)
  })
}
