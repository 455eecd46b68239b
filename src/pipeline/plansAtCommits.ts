import { VFile } from 'vfile'
import { cacheKey } from '../adapters/documentCache.js'
import { filesAtCommit, readBlobs } from '../adapters/gitHistory.js'
import type { AnalysedPlan } from '../core/aggregate/analysedPlans.js'
import { documentGlobs } from '../core/documentGlobs.js'
import type { ParsedDocument } from '../core/parseDocument.js'
import type { ResolvedConfig } from '../core/resolveConfig.js'
import { checkDocumentSet } from '../core/rules/checkDocumentSet.js'
import { deserializeChecked, type SerializedDocument } from '../core/document/serializeChecked.js'
import { parseWhenNeeded } from './parseWhenNeeded.js'
import type { ParseJob } from './parseJob.js'

/**
 * The plans as they were at each commit (none for a missing commit), from git
 * history, with the findings a check of that commit would give (the rules
 * across documents included). Each path and blob is parsed once however many
 * commits share it, and not at all when `known` (a check's `checkedByBlob`)
 * has it already: only the other blobs are read, in one batch, and parsed,
 * in worker threads when there are many. `commits` go oldest first, so each
 * knows the prompt versions before it. With `recordsOf`, only those plans'
 * records are built (the rules still see every document).
 */
export async function plansAtCommits(
  cwd: string,
  commits: ReadonlyArray<string | undefined>,
  config: ResolvedConfig,
  known: ReadonlyMap<string, SerializedDocument> = new Map(),
  recordsOf?: (path: string) => boolean
): Promise<AnalysedPlan[][]> {
  const globs = documentGlobs(config)
  const listings = await Promise.all(
    commits.map((commit) => (commit ? filesAtCommit(cwd, commit) : Promise.resolve([])))
  )
  const documents = listings.map((files) => files.filter((file) => globs.isDocument(file.path)))
  const parsed = new Map<string, ParsedDocument | undefined>()
  const unknown = documents.flat().filter((file) => {
    const key = cacheKey(file.path, file.blobId)
    if (parsed.has(key)) return false // another commit shares it
    const checked = known.get(key)
    if (checked) parsed.set(key, deserializeChecked(checked).parsed)
    return !checked
  })
  const blobs = await readBlobs(cwd, [...new Set(unknown.map((file) => file.blobId))])
  // Each path and blob once, through the same guard as the working tree's files.
  const jobs = new Map<string, ParseJob>()
  for (const file of unknown) {
    const source = blobs.get(file.blobId)
    const kindHint = globs.kindHint(file.path)
    if (source !== undefined)
      jobs.set(cacheKey(file.path, file.blobId), {
        path: file.path,
        source,
        blobId: file.blobId,
        ...(kindHint ? { kindHint } : {})
      })
  }
  const results = await parseWhenNeeded([...jobs.values()], config)
  ;[...jobs.keys()].forEach((key, index) =>
    parsed.set(key, deserializeChecked(results[index] as SerializedDocument).parsed)
  )
  // Prompt versions stated at this commit or an earlier one: what git history knew by then.
  const promptVersions = new Map<string, Set<string>>()
  return documents.map((files) => {
    const snapshot = files.flatMap((file) => {
      const document = parsed.get(cacheKey(file.path, file.blobId))
      // Each snapshot gets its own messages: the rules across documents add to them.
      return document ? [{ ...document, file: withOwnMessages(document.file) }] : []
    })
    for (const { document } of snapshot)
      if (document.kind === 'prompt' && document.id && document.version)
        promptVersions.set(
          document.id,
          new Set([...(promptVersions.get(document.id) ?? []), document.version])
        )
    // The same findings as a check of that commit's tree, the rules across documents too, and its plans' records.
    return checkDocumentSet(snapshot, config.rules, {
      promptVersions,
      successRateTolerance: config.successRateTolerance,
      ...(recordsOf ? { recordsOf } : {})
    })
  })
}

/** A copy of `file` whose message list is its own. */
function withOwnMessages(file: VFile): VFile {
  const copy = new VFile({ path: file.path })
  copy.messages.push(...file.messages)
  return copy
}
