import { parentPort } from 'node:worker_threads'
import { parseDocument } from '../core/parseDocument.js'
import type { ResolvedConfig } from '../core/resolveConfig.js'
import { serializeChecked } from '../core/serializeParsed.js'
import type { ParseJob } from './parseInWorkers.js'

/**
 * A parse worker: receives batches of documents with the configuration and
 * answers each batch with the checked files as JSON (no syntax tree leaves
 * the worker).
 */
parentPort?.on('message', ({ config, jobs }: { config: ResolvedConfig; jobs: ParseJob[] }) => {
  parentPort?.postMessage(
    jobs.map((job) => {
      const parsed = parseDocument(job.source, {
        path: job.path,
        config,
        ...(job.blobId ? { blobId: job.blobId } : {}),
        ...(job.kindHint ? { kindHint: job.kindHint } : {})
      })
      return serializeChecked(parsed.file, parsed)
    })
  )
})
