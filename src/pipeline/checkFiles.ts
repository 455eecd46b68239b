import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { VFile } from 'vfile'
import { gitBlobId } from '../adapters/gitBlobId.js'
import { isGitWorkTree } from '../adapters/isGitWorkTree.js'
import { loadConfig } from '../adapters/loadConfig.js'
import { findDocuments, type FoundDocument } from '../adapters/findDocuments.js'
import { readDocumentFile } from '../adapters/readDocumentFile.js'
import { compareMessages, parseDocument, type ParsedDocument } from '../core/parseDocument.js'
import { reportMessage } from '../core/reportMessage.js'
import { resolveConfig, type ResolvedConfig } from '../core/resolveConfig.js'
import { checkDocumentSet } from '../core/rules/checkDocumentSet.js'
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
  checkDocumentSet(parsed, config.rules, {
    complete,
    exists: (path) => existsSync(resolve(cwd, path))
  })
  for (const entry of files) entry.file.messages.sort(compareMessages)
  return { files, config }
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
