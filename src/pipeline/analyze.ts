import { relative, resolve } from 'node:path'
import packageJson from '../../package.json' with { type: 'json' }
import { checkOutputPath } from '../adapters/checkOutputPath.js'
import { cacheStamp } from '../adapters/documentCache.js'
import { gitRemoteRepository } from '../adapters/gitRemoteRepository.js'
import { gitMoves } from '../adapters/gitMoves.js'
import { runGit } from '../adapters/runGit.js'
import { gitSource } from '../adapters/gitSource.js'
import { loadConfig } from '../adapters/loadConfig.js'
import { aggregate, type Analytics } from '../core/aggregate/aggregate.js'
import { checkedFileProblem } from '../core/document/checkedFileProblem.js'
import { documentGlobs } from '../core/documentGlobs.js'
import { renderReport } from '../core/render/renderReport.js'
import { resolveConfig } from '../core/resolveConfig.js'
import {
  deserializeChecked,
  serializeChecked,
  type SerializedDocument
} from '../core/document/serializeChecked.js'
import { stableJson } from '../core/stableJson.js'
import {
  ledgerKey,
  mergeLedger,
  parseLedger,
  serializeLedger
} from '../core/evidence/evidenceLedger.js'
import type { PlanEvidence } from '../core/evidence/planEvidence.js'
import type { ParsedDocument } from '../core/parseDocument.js'
import type { LedgerEntry } from '../core/types/generated.js'
import { readLedgerFile } from '../adapters/readLedgerFile.js'
import { checkFiles, finishCheck, type CheckOptions, type CheckResult } from './checkFiles.js'
import { inputsFingerprint } from './inputsFingerprint.js'
import { ShardError } from './shardError.js'

/** A file `analyze` produces, its path relative to the working directory. */
export interface OutputFile {
  path: string
  content: string
}

/** The outcome of `analyze`: the check, the analytics, and the files to write. */
export interface AnalyzeResult {
  check: CheckResult
  analytics: Analytics
  outputs: OutputFile[]
}

/**
 * Options of `analyze`: those of `checkFiles`, and where the JSON files go.
 * `outDir` is the caller's choice and may be anywhere; the configured folders
 * must stay inside the repository, through no symbolic link.
 */
export type AnalyzeOptions = CheckOptions & {
  outDir?: string
  /**
   * Asks GitHub about plans' last commits the ledger does not know yet (the
   * Action passes one when it has a token): the pull request that carried
   * each, or null when none did. What it learns is kept in the ledger.
   */
  learnPulls?: (queries: ReadonlyArray<{ plan: string; commit: string }>) => Promise<LedgerEntry[]>
}

/**
 * Checks the documents under `paths` and computes the analytics and the
 * report from them, with the source commit from git. Writes nothing: the
 * files are returned, in a fixed order, for the caller to write.
 */
export async function analyze(
  paths: readonly string[],
  options: AnalyzeOptions = {}
): Promise<AnalyzeResult> {
  return analyzeChecked(await checkFiles(paths, options), options)
}

/** A shard's checked files, for `mergeShards`. */
export interface Shard {
  format: 'planmark-shard'
  version: string
  stamp: string
  index: number
  count: number
  paths: string[]
  /** The commit checked out (HEAD), or null outside git. */
  commit: string | null
  /** `inputsFingerprint` of every document under `paths`: the working tree's state, edits included. */
  inputs: string
  files: SerializedDocument[]
}

/** Checks one shard of the files (`index` from 0) and returns it as JSON text for `mergeShards`. */
export async function analyzeShard(
  paths: readonly string[],
  options: CheckOptions & { shard: { index: number; count: number } }
): Promise<string> {
  const check = await checkFiles(paths, options)
  const cwd = options.cwd ?? process.cwd()
  const head = await runGit(cwd, ['rev-parse', '--verify', '--quiet', 'HEAD^{commit}'])
  const shard: Shard = {
    format: 'planmark-shard',
    version: packageJson.version,
    stamp: cacheStamp(check.config),
    index: options.shard.index,
    count: options.shard.count,
    paths: [...paths],
    commit: head?.trim() || null,
    inputs: await inputsFingerprint(cwd, paths, check.config),
    files: check.files.map(({ file, parsed }) => serializeChecked(file, parsed))
  }
  return `${JSON.stringify(shard)}\n`
}

/**
 * Merges the shards of one run (every index once, same planmark build and
 * configuration, same commit and inputs on disk, no path twice; each shard
 * checked as untrusted input, a `ShardError` otherwise) and finishes the analysis as `analyze` would: the outputs
 * are byte-identical to an unsharded run's.
 */
export async function mergeShards(
  texts: readonly string[],
  options: AnalyzeOptions = {}
): Promise<AnalyzeResult> {
  const cwd = options.cwd ?? process.cwd()
  const config = resolveConfig(options.config ?? (await loadConfig(cwd, options.configPath)).config)
  const shards = texts.map((text, position) => {
    let shard: unknown
    try {
      shard = JSON.parse(text)
    } catch (error) {
      throw new ShardError(`shard ${position + 1}: ${(error as Error).message}`)
    }
    const problem = shardProblem(shard)
    if (problem) throw new ShardError(`shard ${position + 1}: ${problem}`)
    return shard as Shard
  })
  const count = shards[0]?.count ?? 0
  const indices = shards.map((shard) => shard.index).sort((a, b) => a - b)
  if (
    shards.length === 0 ||
    indices.some((index, position) => index !== position) ||
    indices.length !== count
  ) {
    throw new ShardError(
      `expected the shards 1 to ${count || 'n'} of one run, each once; found ${indices.map((index) => index + 1).join(', ') || 'none'}`
    )
  }
  if (shards.some((shard) => shard.stamp !== cacheStamp(config) || shard.count !== count)) {
    throw new ShardError(
      'the shards were made by another planmark build or configuration than this merge uses'
    )
  }
  const first = shards[0] as Shard
  const describe = (shard: Shard) =>
    `shard ${shard.index + 1}: commit ${shard.commit?.slice(0, 12) ?? 'none'}, inputs ${shard.inputs.slice(0, 12)}`
  if (
    shards.some(
      (shard) =>
        shard.commit !== first.commit ||
        shard.inputs !== first.inputs ||
        JSON.stringify(shard.paths) !== JSON.stringify(first.paths)
    )
  ) {
    throw new ShardError(
      `the shards were made from different commits, working trees or paths (${shards.map(describe).join('; ')}); run every shard on one checkout`
    )
  }
  const seen = new Set<string>()
  for (const file of shards.flatMap((shard) => shard.files)) {
    if (seen.has(file.path)) throw new ShardError(`${file.path} is in more than one shard`)
    seen.add(file.path)
  }
  const files = shards
    .flatMap((shard) => shard.files)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(deserializeChecked)
  return analyzeChecked(await finishCheck(files, cwd, shards[0]?.paths ?? [], config), options)
}

/** Why `value` is not a shard planmark wrote (it is untrusted input), or undefined. */
function shardProblem(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return 'not a JSON object'
  const shard = value as Record<string, unknown>
  if (shard.format !== 'planmark-shard') return 'not a planmark shard'
  if (typeof shard.version !== 'string' || typeof shard.stamp !== 'string')
    return 'no version or stamp'
  const { index, count } = shard
  if (
    !Number.isSafeInteger(count) ||
    !Number.isSafeInteger(index) ||
    (index as number) < 0 ||
    (index as number) >= (count as number)
  )
    return 'no shard number i of n'
  if (!Array.isArray(shard.paths) || !shard.paths.every((path) => typeof path === 'string'))
    return '/paths is not a list of paths'
  if (shard.commit !== null && typeof shard.commit !== 'string') return 'no commit'
  if (typeof shard.inputs !== 'string') return 'no fingerprint of its inputs'
  if (!Array.isArray(shard.files)) return '/files is not a list'
  for (const [position, file] of shard.files.entries()) {
    const problem = checkedFileProblem(file)
    if (problem) return `/files/${position}: ${problem}`
  }
  return undefined
}

async function analyzeChecked(check: CheckResult, options: AnalyzeOptions): Promise<AnalyzeResult> {
  const cwd = options.cwd ?? process.cwd()
  const { config } = check
  const metricsDir = options.outDir ?? config.metricsDir
  // Refused before anything is computed, for every caller (the Action's commit mode writes them too).
  if (options.outDir === undefined) await checkOutputPath(cwd, metricsDir, 'metricsDir')
  await checkOutputPath(cwd, config.reportsDir, 'reportsDir')
  const globs = documentGlobs(config)
  const read = new Set(check.files.map(({ file }) => file.path))
  const configFile = relative(cwd, resolve(cwd, options.configPath ?? 'planmark.config.json'))
  const [source, moves, remote] = await Promise.all([
    gitSource(cwd, (path) => path === configFile || read.has(path) || globs.isDocument(path)),
    gitMoves(cwd),
    config.repository ? Promise.resolve(null) : gitRemoteRepository(cwd)
  ])
  const documents = check.files.flatMap(({ parsed }) => (parsed ? [parsed] : []))
  const ledgerPath = `${metricsDir}/evidence.jsonl`
  const ledger = config.evidence.outcomes
    ? await outcomeLedger(cwd, ledgerPath, documents, check.planEvidence, options)
    : undefined
  const analytics = aggregate(documents, {
    config,
    source,
    promptRevisions: check.promptRevisions,
    moves,
    evidence: check.planEvidence,
    repository: config.repository ?? remote,
    plans: check.plans
  })
  const outputs: OutputFile[] = [
    { path: `${metricsDir}/plans.json`, content: stableJson(analytics.plans) },
    {
      path: `${metricsDir}/agent_performance.json`,
      content: stableJson(analytics.agentPerformance)
    },
    { path: `${metricsDir}/task_analytics.json`, content: stableJson(analytics.taskAnalytics) },
    {
      path: `${metricsDir}/prompt_effectiveness.json`,
      content: stableJson(analytics.promptEffectiveness)
    },
    {
      path: `${config.reportsDir}/report.md`,
      content: renderReport(analytics, { reportDir: config.reportsDir })
    },
    ...(ledger ? [{ path: ledgerPath, content: ledger }] : [])
  ]
  return { check, analytics, outputs }
}

/**
 * Reads the evidence ledger (bad lines are reported and skipped), asks GitHub
 * about the plans' last commits it does not know when the caller can, sets
 * each plan's pull request from it, and returns the ledger's new text:
 * undefined when there is no ledger and nothing was learned, so a repository
 * that never ran the Action gets no empty file.
 */
async function outcomeLedger(
  cwd: string,
  path: string,
  documents: readonly ParsedDocument[],
  evidence: Map<string, PlanEvidence>,
  options: AnalyzeOptions
): Promise<string | undefined> {
  const text = await readLedgerFile(cwd, path)
  const { entries, problems } = parseLedger(text ?? '')
  for (const problem of problems)
    options.onNotice?.(
      `${path}:${problem.line}:1: evidence ledger: ${problem.reason}; the line was skipped.`
    )
  const known = new Set(entries.map(ledgerKey))
  const queries = documents.flatMap(({ document }) => {
    const commit = evidence.get(document.identity.path)?.lastCommit
    const plan = document.identity.planId ?? document.identity.path
    return document.kind === 'plan' && commit && !known.has(ledgerKey({ plan, commit }))
      ? [{ plan, commit }]
      : []
  })
  const learned = options.learnPulls && queries.length > 0 ? await options.learnPulls(queries) : []
  const ledger = mergeLedger(entries, learned)
  const byKey = new Map(ledger.map((entry) => [ledgerKey(entry), entry]))
  for (const { document } of documents) {
    const found = evidence.get(document.identity.path)
    const plan = document.identity.planId ?? document.identity.path
    const entry = found?.lastCommit && byKey.get(ledgerKey({ plan, commit: found.lastCommit }))
    if (found && entry && entry.pull) found.pull = entry.pull
  }
  return text === undefined && ledger.length === 0 ? undefined : serializeLedger(ledger)
}
