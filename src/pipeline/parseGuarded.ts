import { existsSync } from 'node:fs'
import { Worker } from 'node:worker_threads'
import { refusedFile } from '../core/refusedFile.js'
import type { ResolvedConfig } from '../core/resolveConfig.js'
import type { SerializedDocument } from '../core/document/serializeChecked.js'
import { workerScript } from './parseInWorkers.js'
import { parseJob, type ParseJob } from './parseJob.js'

/**
 * Parses one document in a worker of its own that is stopped when it
 * runs longer than `maxParseSeconds` or needs more heap than
 * `maxParseMegabytes` (defaults 10 s and 1 GiB): the
 * parser is superlinear on some inputs (200,000 list items in 1.6 MB took
 * 20 s and 3.4 GB), so the size limit alone does not bound time or memory.
 * A stopped parse becomes a `file-too-complex` message. From the sources,
 * where there is no worker script, the file is parsed in this thread.
 */
export function parseGuarded(job: ParseJob, config: ResolvedConfig): Promise<SerializedDocument> {
  if (!existsSync(workerScript)) return Promise.resolve(parseJob(job, config))
  const worker = new Worker(workerScript, {
    workerData: config,
    resourceLimits: {
      maxOldGenerationSizeMb: config.maxParseMegabytes,
      maxYoungGenerationSizeMb: 64
    }
  })
  let timer: NodeJS.Timeout | undefined
  return new Promise<SerializedDocument>((resolve) => {
    const refuse = (reason: string, expected: string, actual: string) =>
      resolve(refusedFile(job.path, config, 'file-too-complex', reason, { expected, actual }))
    timer = setTimeout(() => {
      refuse(
        `Expected the parser to finish within ${config.maxParseSeconds} s (maxParseSeconds), found it still running; the file was not analysed`,
        `at most ${config.maxParseSeconds} s`,
        `more than ${config.maxParseSeconds} s`
      )
    }, config.maxParseSeconds * 1000)
    worker.once('message', (results: SerializedDocument[]) =>
      resolve(results[0] as SerializedDocument)
    )
    worker.once('error', (error: Error & { code?: string }) => {
      if (error.code === 'ERR_WORKER_OUT_OF_MEMORY')
        refuse(
          `Expected the parser to need at most ${config.maxParseMegabytes} MB of heap (maxParseMegabytes), found it needed more; the file was not analysed`,
          `at most ${config.maxParseMegabytes} MB`,
          `more than ${config.maxParseMegabytes} MB`
        )
      else
        refuse(
          `Expected a document the parser can finish, found a parser failure (${error.message}); the file was not analysed`,
          'a document the parser can finish',
          error.message
        )
    })
    worker.postMessage([job])
  }).finally(() => {
    clearTimeout(timer)
    void worker.terminate()
  })
}
