import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { VFile } from 'vfile'
import { gitBlobId } from '../adapters/gitBlobId.js'
import { gitFileHistory } from '../adapters/gitFileHistory.js'
import { readBlobs } from '../adapters/gitHistory.js'
import { isGitWorkTree } from '../adapters/isGitWorkTree.js'
import { loadConfig } from '../adapters/loadConfig.js'
import { findDocuments, type FoundDocument } from '../adapters/findDocuments.js'
import { readDocumentFile } from '../adapters/readDocumentFile.js'
import { compareMessages, parseDocument, type ParsedDocument } from '../core/parseDocument.js'
import { reportMessage } from '../core/reportMessage.js'
import { resolveConfig, type ResolvedConfig } from '../core/resolveConfig.js'
import { checkDocumentSet } from '../core/rules/checkDocumentSet.js'
import { checkPromptHistory, type PromptRevision } from '../core/rules/checkPromptHistory.js'
import { promptVersionOf } from '../core/promptVersionOf.js'
import type { ExtractedDocument } from '../core/types/documents.js'
import type { PlanmarkConfig } from '../core/types/generated.js'

/** Options of `checkFiles`. */
export interface CheckOptions {
  /** The folder paths are relative to, where `planmark.config.json` is looked up (default: `process.cwd()`). */
  cwd?: string
  /** A configuration file path relative to `cwd`, instead of `planmark.config.json`. */
  configPath?: string
  /** A configuration object, instead of reading one from disk. */
  config?: PlanmarkConfig
  /** Called after each file, for progress display. */
  onProgress?: (done: number, total: number) => void
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
}

const readConcurrency = 16

/**
 * Finds, reads, parses and checks the documents under `paths`. A file that
 * cannot be read gets a message and the others are still checked; rules that
 * span documents run over the whole set. Throws only for a missing path or an
 * invalid configuration (`MissingPathError`, `ConfigError`).
 */
export async function checkFiles(
  paths: readonly string[],
  options: CheckOptions = {}
): Promise<CheckResult> {
  const cwd = options.cwd ?? process.cwd()
  const config = resolveConfig(options.config ?? (await loadConfig(cwd, options.configPath)).config)
  const found = await findDocuments(cwd, paths, config)
  const inGit = await isGitWorkTree(cwd)
  const files: CheckedFile[] = new Array(found.length)
  let next = 0
  let done = 0
  const worker = async () => {
    while (next < found.length) {
      const index = next++
      files[index] = await checkOne(cwd, found[index] as FoundDocument, config, inGit)
      options.onProgress?.(++done, found.length)
    }
  }
  await Promise.all(Array.from({ length: Math.min(readConcurrency, found.length) }, worker))
  const parsed = files.flatMap((entry) => (entry.parsed ? [entry.parsed] : []))
  // Less than the whole folder is a partial set: links are checked on disk, plan ids not judged.
  const complete = paths.length === 0 || paths.some((path) => resolve(cwd, path) === resolve(cwd))
  const promptRevisions = inGit
    ? await readPromptRevisions(cwd, parsed, config)
    : new Map<string, PromptRevision[]>()
  const promptVersions = new Map<string, Set<string>>()
  for (const prompt of parsed) {
    if (prompt.document.kind !== 'prompt' || !prompt.document.id) continue
    const versions = promptVersions.get(prompt.document.id) ?? new Set()
    for (const revision of promptRevisions.get(prompt.document.identity.path) ?? [])
      if (revision.version) versions.add(revision.version)
    promptVersions.set(prompt.document.id, versions)
  }
  checkDocumentSet(parsed, config.rules, {
    complete,
    exists: (path) => existsSync(resolve(cwd, path)),
    promptVersions
  })
  for (const entry of files) entry.file.messages.sort(compareMessages)
  return { files, config, promptRevisions }
}

async function checkOne(
  cwd: string,
  found: FoundDocument,
  config: ResolvedConfig,
  inGit: boolean
): Promise<CheckedFile> {
  const read = await readDocumentFile(resolve(cwd, found.path), config.maxFileBytes).catch(
    (error: Error) => ({
      ok: false as const,
      empty: false,
      reason: `Expected a readable file, found an error: ${error.message}`,
      expected: 'a readable file',
      actual: error.message
    })
  )
  if (!read.ok) {
    const file = new VFile({ path: found.path })
    reportMessage(
      file,
      config.rules,
      read.empty ? 'file-empty' : 'file-unreadable',
      { line: 1, column: 1 },
      read.reason,
      read
    )
    return { file }
  }
  const parsed = parseDocument(read.source, {
    path: found.path,
    kindHint: found.kindHint,
    config,
    ...(inGit ? { blobId: gitBlobId(read.bytes) } : {})
  })
  return { file: parsed.file, parsed }
}

/** The documents of a check that could be read, in path order. */
export function documentsOf(result: CheckResult): ExtractedDocument[] {
  return result.files.flatMap(({ parsed }) => (parsed ? [parsed.document] : []))
}

/**
 * The states of every prompt file, newest first: the working tree's when it
 * differs from the last commit, then each commit's (blobs read in one batch).
 * Checks that each change of text came with a new version.
 */
async function readPromptRevisions(
  cwd: string,
  parsed: readonly ParsedDocument[],
  config: ResolvedConfig
): Promise<Map<string, PromptRevision[]>> {
  const prompts = parsed.filter((entry) => entry.document.kind === 'prompt')
  const histories = await Promise.all(
    prompts.map((prompt) => gitFileHistory(cwd, prompt.document.identity.path))
  )
  const blobs = await readBlobs(cwd, [
    ...new Set(histories.flat().map((revision) => revision.blobId))
  ])
  const revisions = new Map<string, PromptRevision[]>()
  prompts.forEach((prompt, index) => {
    const committed: PromptRevision[] = (histories[index] ?? []).map(({ commit, blobId }) => {
      const version = promptVersionOf(blobs.get(blobId) ?? '')
      return version === undefined ? { commit, blobId } : { commit, blobId, version }
    })
    const { blobId } = prompt.document.identity
    const current = prompt.document.kind === 'prompt' ? prompt.document.version : undefined
    const working: PromptRevision[] =
      blobId && blobId !== committed[0]?.blobId
        ? [{ commit: null, blobId, ...(current ? { version: current } : {}) }]
        : []
    const all = [...working, ...committed]
    checkPromptHistory(prompt, all, config.rules)
    revisions.set(prompt.document.identity.path, committed)
  })
  return revisions
}
