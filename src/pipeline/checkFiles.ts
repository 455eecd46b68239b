import { existsSync } from 'node:fs'
import { realpath } from 'node:fs/promises'
import { resolve } from 'node:path'
import { VFile } from 'vfile'
import {
  cacheKey,
  cacheStamp,
  loadDocumentCache,
  saveDocumentCache,
  type DocumentCache
} from '../adapters/documentCache.js'
import { checkOutputPath } from '../adapters/checkOutputPath.js'
import { findDocuments } from '../adapters/findDocuments.js'
import { gitBlobId } from '../adapters/gitBlobId.js'
import { gitFileHistories } from '../adapters/gitFileHistories.js'
import { readBlobs } from '../adapters/gitHistory.js'
import { isGitWorkTree } from '../adapters/isGitWorkTree.js'
import { isInsideFolder } from '../adapters/isInsideFolder.js'
import { isShallowClone } from '../adapters/isShallowClone.js'
import { loadConfig } from '../adapters/loadConfig.js'
import { readDocumentFile } from '../adapters/readDocumentFile.js'
import type { AnalysedPlan } from '../core/aggregate/analysedPlans.js'
import { compareMessages } from '../core/document/compareMessages.js'
import type { ParsedDocument } from '../core/parseDocument.js'
import { refusedFile } from '../core/refusedFile.js'
import { resolveConfig, type ResolvedConfig } from '../core/resolveConfig.js'
import { checkDocumentSet } from '../core/rules/checkDocumentSet.js'
import { checkGitEvidence } from '../core/rules/checkGitEvidence.js'
import type { PlanEvidence } from '../core/evidence/planEvidence.js'
import { checkPromptHistory, type PromptRevision } from '../core/rules/checkPromptHistory.js'
import { deserializeChecked, type SerializedDocument } from '../core/document/serializeChecked.js'
import type { ExtractedDocument } from '../core/types/documents.js'
import type { PlanmarkConfig } from '../core/types/generated.js'
import { parseWhenNeeded } from './parseWhenNeeded.js'
import type { ParseJob } from './parseJob.js'
import { readPlanEvidence, type KnownStates } from './readPlanEvidence.js'

/** Options of `checkFiles`. */
export interface CheckOptions {
  /** The folder paths are relative to, where `planmark.config.json` is looked up (default: `process.cwd()`). */
  cwd?: string
  /** A configuration file path relative to `cwd`, instead of `planmark.config.json`. */
  configPath?: string
  /** A configuration object, instead of reading one from disk. */
  config?: PlanmarkConfig
  /** Called as files are done, for progress display. */
  onProgress?: (done: number, total: number) => void
  /** Called with notices such as an ignored cache. */
  onNotice?: (message: string) => void
  /** A folder for the incremental cache (by git blob id); no cache when absent. */
  cacheDir?: string
  /** Keep `cacheDir` inside the repository, through no symbolic link: it was not named by the user (a committed link must not redirect it). */
  confineCache?: boolean
  /** Worker threads for parsing: 'auto' (default) uses them from 64 files on several cores; 0 parses in this thread. */
  workers?: number | 'auto'
  /** Check only this shard of the files (in path order, every `count`-th from `index`); rules across documents are left to `finishCheck`. */
  shard?: { index: number; count: number }
}

/** One checked file: its messages, and its parsed document when it could be read. */
export interface CheckedFile {
  file: VFile
  parsed?: ParsedDocument
}

/** The outcome of `checkFiles`. */
export interface CheckResult {
  files: CheckedFile[]
  config: ResolvedConfig
  /** Each prompt file's states from git history, newest first, by path (empty outside git). */
  promptRevisions: Map<string, PromptRevision[]>
  /** What git history shows of each plan, by path (empty outside git). */
  planEvidence: Map<string, PlanEvidence>
  /** Every plan's record, without moves or git evidence (`checkDocumentSet`), sorted by path: built once a run (empty for a shard). */
  plans: AnalysedPlan[]
  /**
   * Each file's own checked state, before the rules across documents, by
   * `cacheKey(path, blobId)`: the working tree's and every entry the cache
   * held. A read of git history reuses them instead of parsing the same
   * blob again (`plansAtCommits`).
   */
  checkedByBlob?: ReadonlyMap<string, SerializedDocument>
  /** With a cache: how many documents it gave back unparsed, and how many were parsed. */
  cacheUse?: { recalled: number; parsed: number }
}

/**
 * Finds, reads, parses and checks the documents under `paths`. Files whose
 * content (by the git blob id of the bytes read) is in the cache are not
 * parsed again, nor are the plans' past states it holds; it is written once,
 * after the check, with the files' states and the past states git evidence
 * used. Parsing runs in worker threads when
 * there is enough of it. A file that cannot be read gets a message and the
 * others are still checked; rules that span documents run over the whole set.
 * Throws only for a missing path or an invalid configuration.
 */
export async function checkFiles(
  paths: readonly string[],
  options: CheckOptions = {}
): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd()
  const config = resolveConfig(options.config ?? (await loadConfig(cwd, options.configPath)).config)
  const inGit = await isGitWorkTree(cwd)
  const notice = options.onNotice ?? (() => undefined)
  const confineCache = async () => {
    if (options.cacheDir && options.confineCache)
      await checkOutputPath(cwd, options.cacheDir, 'The cache folder')
  }
  await confineCache()
  const stamp = cacheStamp(config)
  const cache: DocumentCache = options.cacheDir
    ? await loadDocumentCache(options.cacheDir, stamp, notice)
    : new Map()
  const { files, entries, recalled, parsedCount } = await checkEachFile(
    cwd,
    paths,
    config,
    options,
    inGit,
    cache
  )
  const checkedByBlob: DocumentCache = new Map([...cache, ...entries])
  // Past states of plans that git evidence used stay in the cache beside the working tree's files.
  const kept = new Map(entries)
  let learned = 0
  const result: CheckResult = options.shard
    ? {
        files,
        config,
        promptRevisions: new Map(),
        planEvidence: new Map(),
        plans: [],
        checkedByBlob
      }
    : await finishCheck(files, cwd, paths, config, inGit, notice, {
        known: checkedByBlob,
        keep: (key, checked) => {
          if (!cache.has(key)) learned++
          kept.set(key, checked)
        }
      })
  if (options.cacheDir) {
    result.cacheUse = { recalled, parsed: parsedCount }
    // Nothing parsed and nothing gone: the cache on disk is already exactly this.
    const unchanged = parsedCount + learned === 0 && kept.size === cache.size
    if (!unchanged) {
      await confineCache() // again just before writing: the folder may have changed during the run
      await saveDocumentCache(options.cacheDir, stamp, kept, notice)
    }
  }
  return result
}

/**
 * The part of a check that needs every document: prompt and plan history
 * from git (with the rules that weigh plans against it) and the rules across
 * documents. `checkFiles` ends with it; `planmark merge`
 * runs it on the shards' files.
 */
export async function finishCheck(
  files: CheckedFile[],
  cwd: string,
  paths: readonly string[],
  config: ResolvedConfig,
  inGit?: boolean,
  onNotice?: (message: string) => void,
  history?: KnownStates
): Promise<CheckResult> {
  const parsed = files.flatMap((entry) => (entry.parsed ? [entry.parsed] : []))
  const git = inGit ?? (await isGitWorkTree(cwd))
  const promptRevisions = git
    ? await readPromptRevisions(cwd, parsed, config, onNotice)
    : new Map<string, PromptRevision[]>()
  const planEvidence = git
    ? await readPlanEvidence(cwd, parsed, config, onNotice, history)
    : new Map<string, PlanEvidence>()
  for (const entry of parsed) {
    const found = planEvidence.get(entry.document.identity.path)
    if (found) checkGitEvidence(entry, found, config.rules)
  }
  const promptVersions = new Map<string, Set<string>>()
  for (const prompt of parsed) {
    if (prompt.document.kind !== 'prompt' || !prompt.document.id) continue
    const versions = promptVersions.get(prompt.document.id) ?? new Set()
    for (const revision of promptRevisions.get(prompt.document.identity.path) ?? [])
      if (revision.version) versions.add(revision.version)
    promptVersions.set(prompt.document.id, versions)
  }
  // Less than the whole folder is a partial set: links are checked on disk, plan ids not judged.
  const complete = paths.length === 0 || paths.some((path) => resolve(cwd, path) === resolve(cwd))
  const plans = checkDocumentSet(parsed, config.rules, {
    complete,
    exists: (path) => existsSync(resolve(cwd, path)),
    promptVersions,
    successRateTolerance: config.successRateTolerance
  })
  for (const entry of files) entry.file.messages.sort(compareMessages)
  return {
    files,
    config,
    promptRevisions,
    planEvidence,
    plans,
    ...(history ? { checkedByBlob: history.known } : {})
  }
}

/**
 * Reads, then recalls from `cache` or parses, every file (or the shard's),
 * in path order. Returns the checked files, their states by `cacheKey`
 * (`entries`), and how many files were parsed.
 */
async function checkEachFile(
  cwd: string,
  paths: readonly string[],
  config: ResolvedConfig,
  options: CheckOptions,
  inGit: boolean,
  cache: DocumentCache
): Promise<{
  files: CheckedFile[]
  entries: DocumentCache
  recalled: number
  parsedCount: number
}> {
  let found = await findDocuments(cwd, paths, config)
  const shard = options.shard
  if (shard) found = found.filter((_, index) => index % shard.count === shard.index)
  // Resolved once: every file read is checked to stay inside it.
  const realCwd = await realpath(cwd)
  // A file named on the command line is read wherever it lies (the user chose it), link or not.
  const named = new Set(paths.map((path) => resolve(cwd, path)))
  const results: Array<SerializedDocument | undefined> = new Array(found.length)
  const keys: Array<string | undefined> = new Array(found.length)
  const jobs: Array<ParseJob & { index: number }> = []
  let done = 0
  let recalled = 0
  const progress = () => options.onProgress?.(++done, found.length)
  // One file at a time: the reads are synchronous (readDocumentFile), so a pool would only add turns.
  for (const [index, document] of found.entries()) {
    const absolute = resolve(cwd, document.path)
    const read = await readDocumentFile(
      absolute,
      config.maxFileBytes,
      named.has(absolute) ? undefined : realCwd
    ).catch((error: Error) => ({
      ok: false as const,
      empty: false,
      reason: `Expected a readable file, found an error: ${error.message}`,
      expected: 'a readable file',
      actual: error.message
    }))
    if (!read.ok) {
      results[index] = refusedFile(
        document.path,
        config,
        read.empty ? 'file-empty' : 'file-unreadable',
        read.reason,
        read
      )
      progress()
      continue
    }
    // The key is the bytes' own id, never git's word that a file is unchanged: an edit under
    // `git update-index --assume-unchanged`, or within the index's timestamp, still counts.
    const blobId = gitBlobId(read.bytes)
    keys[index] = cacheKey(document.path, blobId)
    const cached = cache.get(keys[index] as string)
    if (cached) {
      results[index] = cached
      recalled++
      progress()
      continue
    }
    jobs.push({
      index,
      path: document.path,
      source: read.source,
      ...(inGit ? { blobId } : {}),
      ...(document.kindHint ? { kindHint: document.kindHint } : {})
    })
  }
  const parsed = await parseWhenNeeded(jobs, config, {
    workers: options.workers ?? 'auto',
    onDone: progress
  })
  jobs.forEach((job, position) => (results[job.index] = parsed[position]))
  const entries: DocumentCache = new Map()
  results.forEach((result, index) => {
    const key = keys[index]
    if (key && result?.parsed) entries.set(key, result)
  })
  return {
    files: results.map((result) => deserializeChecked(result as SerializedDocument)),
    entries,
    recalled,
    parsedCount: jobs.length
  }
}

/** The documents of a check that could be read, in path order. */
export function documentsOf(result: CheckResult): ExtractedDocument[] {
  return result.files.flatMap(({ parsed }) => (parsed ? [parsed.document] : []))
}

/**
 * The states of every prompt file, newest first: the working tree's when it
 * differs from the last commit, then each commit's (the history in one
 * bounded pass, blobs read in one batch). Checks that each change of text
 * came with a new version; says so when a shallow clone hides the history.
 */
async function readPromptRevisions(
  cwd: string,
  parsed: readonly ParsedDocument[],
  config: ResolvedConfig,
  onNotice: (message: string) => void = () => undefined
): Promise<Map<string, PromptRevision[]>> {
  // A prompt named from outside the folder has no history in this repository.
  const prompts = parsed.filter(
    (entry) =>
      entry.document.kind === 'prompt' &&
      isInsideFolder(resolve(cwd), resolve(cwd, entry.document.identity.path))
  )
  if (prompts.length === 0) return new Map()
  // Loaded here: it brings the YAML parser, which a repository without prompts never needs.
  const { promptVersionOf } = await import('../core/prompts/promptVersionOf.js')
  if (await isShallowClone(cwd))
    onNotice(
      "planmark: this is a shallow clone, so the prompts' history is missing: prompt-version-unbumped could not be checked against past commits, only against uncommitted edits. Fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow)."
    )
  const histories = await gitFileHistories(
    cwd,
    prompts.map((prompt) => prompt.document.identity.path)
  )
  const blobs = await readBlobs(cwd, [
    ...new Set([...histories.values()].flat().map((revision) => revision.blobId))
  ])
  const revisions = new Map<string, PromptRevision[]>()
  prompts.forEach((prompt) => {
    const history = histories.get(prompt.document.identity.path) ?? []
    const committed: PromptRevision[] = history.map(({ commit, blobId }) => {
      const version = promptVersionOf(blobs.get(blobId) ?? '')
      return version === undefined ? { commit, blobId } : { commit, blobId, version }
    })
    const { blobId } = prompt.document.identity
    const current = prompt.document.kind === 'prompt' ? prompt.document.version : undefined
    const working: PromptRevision[] =
      blobId && blobId !== committed[0]?.blobId
        ? [{ commit: null, blobId, ...(current ? { version: current } : {}) }]
        : []
    checkPromptHistory(prompt, [...working, ...committed], config.rules)
    revisions.set(prompt.document.identity.path, committed)
  })
  return revisions
}
