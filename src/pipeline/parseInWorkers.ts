import { existsSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import { fileURLToPath } from 'node:url'
import { Worker } from 'node:worker_threads'
import type { ResolvedConfig } from '../core/resolveConfig.js'
import type { SerializedDocument } from '../core/document/serializeChecked.js'
import type { ParseJob } from './parseJob.js'

/** The worker script beside the bundle (`dist/parse-worker.js`); absent when running from the sources. */
export const workerScript = fileURLToPath(new URL('./parse-worker.js', import.meta.url))

/** Below this many documents, starting workers costs more than it saves. */
const minJobsForWorkers = 64

/** How many workers to use for `jobs` documents: `requested`, or by the machine's cores when 'auto'; 0 means parse in this thread. */
export function workerCount(jobs: number, requested: number | 'auto'): number {
  if (!existsSync(workerScript)) return 0
  if (requested !== 'auto') return Math.max(0, Math.min(requested, jobs))
  if (jobs < minJobsForWorkers) return 0
  return Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs / minJobsForWorkers)))
}

/**
 * Parses documents in `count` worker threads, in batches, and returns the
 * results in the jobs' order. Each job's `source` is cleared once sent. A larger young generation in each worker keeps
 * the parser's short-lived objects out of full garbage collections.
 */
export async function parseInWorkers(
  jobs: readonly ParseJob[],
  config: ResolvedConfig,
  count: number,
  onDone: (done: number) => void
): Promise<SerializedDocument[]> {
  const results: SerializedDocument[] = new Array(jobs.length)
  const batchSize = 16
  let next = 0
  let done = 0
  const workers = Array.from(
    { length: count },
    () =>
      new Worker(workerScript, {
        workerData: config,
        resourceLimits: { maxYoungGenerationSizeMb: 128 }
      })
  )
  try {
    await Promise.all(
      workers.map(
        (worker) =>
          new Promise<void>((resolve, reject) => {
            const send = () => {
              if (next >= jobs.length) return resolve()
              const start = next
              next = Math.min(jobs.length, next + batchSize)
              worker.once('message', (batch: SerializedDocument[]) => {
                batch.forEach((result, offset) => (results[start + offset] = result))
                done += batch.length
                onDone(done)
                send()
              })
              worker.postMessage(jobs.slice(start, next))
              // The worker has its copy: let the text go, so memory holds only the batches in flight.
              for (let index = start; index < next; index++) (jobs[index] as ParseJob).source = ''
            }
            worker.once('error', reject)
            send()
          })
      )
    )
  } finally {
    await Promise.all(workers.map((worker) => worker.terminate()))
  }
  return results
}
