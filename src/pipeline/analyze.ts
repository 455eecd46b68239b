import { relative, resolve } from 'node:path'
import packageJson from '../../package.json' with { type: 'json' }
import { checkOutputPath } from '../adapters/checkOutputPath.js'
import { cacheStamp } from '../adapters/documentCache.js'
import { gitRemoteRepository } from '../adapters/gitRemoteRepository.js'
import { gitMoves } from '../adapters/gitMoves.js'
import { gitSource } from '../adapters/gitSource.js'
import { loadConfig } from '../adapters/loadConfig.js'
import { aggregate, type Analytics } from '../core/aggregate/aggregate.js'
import { documentGlobs } from '../core/documentGlobs.js'
import { renderReport } from '../core/render/renderReport.js'
import { resolveConfig } from '../core/resolveConfig.js'
import {
  deserializeChecked,
  serializeChecked,
  type SerializedDocument
} from '../core/serializeChecked.js'
import { stableJson } from '../core/stableJson.js'
import { checkFiles, finishCheck, type CheckOptions, type CheckResult } from './checkFiles.js'

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
export type AnalyzeOptions = CheckOptions & { outDir?: string }

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
  files: SerializedDocument[]
}

/** Checks one shard of the files (`index` from 0) and returns it as JSON text for `mergeShards`. */
export async function analyzeShard(
  paths: readonly string[],
  options: CheckOptions & { shard: { index: number; count: number } }
): Promise<string> {
  const check = await checkFiles(paths, options)
  const shard: Shard = {
    format: 'planmark-shard',
    version: packageJson.version,
    stamp: cacheStamp(check.config),
    index: options.shard.index,
    count: options.shard.count,
    paths: [...paths],
    files: check.files.map(({ file, parsed }) => serializeChecked(file, parsed))
  }
  return `${JSON.stringify(shard)}\n`
}

/** Shards that do not fit together. */
export class ShardError extends Error {
  override name = 'ShardError'
}

/**
 * Merges the shards of one run (every index once, same planmark build and
 * configuration) and finishes the analysis as `analyze` would: the outputs
 * are byte-identical to an unsharded run's.
 */
export async function mergeShards(
  texts: readonly string[],
  options: AnalyzeOptions = {}
): Promise<AnalyzeResult> {
  const cwd = options.cwd ?? process.cwd()
  const config = resolveConfig(options.config ?? (await loadConfig(cwd, options.configPath)).config)
  const shards = texts.map((text, position) => {
    try {
      const shard = JSON.parse(text) as Shard
      if (shard.format !== 'planmark-shard') throw new Error('not a planmark shard')
      return shard
    } catch (error) {
      throw new ShardError(`shard ${position + 1}: ${(error as Error).message}`)
    }
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
  const files = shards
    .flatMap((shard) => shard.files)
    .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
    .map(deserializeChecked)
  return analyzeChecked(await finishCheck(files, cwd, shards[0]?.paths ?? [], config), options)
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
  const analytics = aggregate(
    check.files.flatMap(({ parsed }) => (parsed ? [parsed] : [])),
    {
      config,
      source,
      promptRevisions: check.promptRevisions,
      moves,
      repository: config.repository ?? remote
    }
  )
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
    }
  ]
  return { check, analytics, outputs }
}
