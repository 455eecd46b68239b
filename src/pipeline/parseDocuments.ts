import { inlineDelimiterLoad } from '../core/document/inlineDelimiterLoad.js'
import { refusedFile } from '../core/refusedFile.js'
import type { ResolvedConfig } from '../core/resolveConfig.js'
import type { SerializedDocument } from '../core/document/serializeChecked.js'
import { parseGuarded } from './parseGuarded.js'
import { parseInWorkers, workerCount } from './parseInWorkers.js'
import { parseJob, type ParseJob } from './parseJob.js'

/** Files at least this large parse under the budget, whatever they hold. */
export const guardedBytes = 64 * 1024

/**
 * Blocks with more emphasis and link delimiters than this parse under the
 * budget: micromark is quadratic in them (2,000 in one paragraph take it
 * about 60 ms, 8,000 take 9 s), and no plan in examples/ or the benchmark's
 * corpus has more than 1,500 in a whole file.
 */
export const guardedDelimiters = 2000

/**
 * Whether a document could keep the parser busy for long: a large one, or
 * one with a block of many inline delimiters. Both are measured in one
 * linear pass; the rest parse in bulk, where a worker per file would cost
 * more than the parse.
 */
export function needsBudget(source: string): boolean {
  return source.length >= guardedBytes || inlineDelimiterLoad(source) > guardedDelimiters
}

/** Options of `parseDocuments`. */
export interface ParseOptions {
  /** Worker threads for the bulk: 'auto' (default) uses them from 64 files on several cores; 0 parses in this thread. */
  workers?: number | 'auto'
  /** Called once for each document done. */
  onDone?: () => void
}

/**
 * The one guarded entry point for parsing documents: the working tree, git
 * history and everything that reaches the cache or a shard come through it.
 * A job over `maxFileBytes` is refused, each one is checked for nesting and
 * parser failures (`parseJob`), and each one that could keep the parser busy
 * runs in a worker of its own under `maxParseSeconds` and
 * `maxParseMegabytes` (`parseGuarded`). Returns the
 * checked files in the jobs' order; never rejects for a document's content.
 */
export async function parseDocuments(
  jobs: readonly ParseJob[],
  config: ResolvedConfig,
  options: ParseOptions = {}
): Promise<SerializedDocument[]> {
  const onDone = options.onDone ?? (() => undefined)
  const results: SerializedDocument[] = new Array(jobs.length)
  const bulk: number[] = []
  for (const [index, job] of jobs.entries()) {
    // The working tree's files are measured before they are read; git history's blobs here.
    const bytes = Buffer.byteLength(job.source)
    if (bytes > config.maxFileBytes) {
      results[index] = refusedFile(
        job.path,
        config,
        'file-unreadable',
        `Expected a file of at most ${config.maxFileBytes} bytes (maxFileBytes), found ${bytes} bytes; it was not parsed`,
        { expected: `at most ${config.maxFileBytes} bytes`, actual: `${bytes} bytes` }
      )
      onDone()
      continue
    }
    if (!needsBudget(job.source)) {
      bulk.push(index)
      continue
    }
    // One at a time: each has the whole budget, and the heap limit is per worker.
    results[index] = await parseGuarded(job, config)
    onDone()
  }
  const bulkJobs = bulk.map((index) => jobs[index] as ParseJob)
  const workers = workerCount(bulkJobs.length, options.workers ?? 'auto')
  let reported = 0
  const parsed =
    workers > 0
      ? await parseInWorkers(bulkJobs, config, workers, (done) => {
          for (; reported < done; reported++) onDone()
        })
      : bulkJobs.map((job) => {
          const result = parseJob(job, config)
          onDone()
          return result
        })
  bulk.forEach((index, position) => (results[index] = parsed[position] as SerializedDocument))
  return results
}
