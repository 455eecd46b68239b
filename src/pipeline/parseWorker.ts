import { parentPort, workerData } from 'node:worker_threads'
import type { ResolvedConfig } from '../core/resolveConfig.js'
import { parseJob, type ParseJob } from './parseJob.js'

/**
 * A parse worker: gets the configuration once (`workerData`), then answers
 * each batch of documents with the checked files as JSON (no syntax tree
 * leaves the worker).
 */
const config = workerData as ResolvedConfig
parentPort?.on('message', (jobs: ParseJob[]) => {
  parentPort?.postMessage(jobs.map((job) => parseJob(job, config)))
})
