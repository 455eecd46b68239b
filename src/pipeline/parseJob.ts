import { parseDocument } from '../core/parseDocument.js'
import type { ResolvedConfig } from '../core/resolveConfig.js'
import { serializeChecked, type SerializedDocument } from '../core/serializeChecked.js'
import type { DocumentKind } from '../core/types/documents.js'

/** One document to parse. */
export interface ParseJob {
  path: string
  source: string
  blobId?: string
  kindHint?: DocumentKind
}

/** Parses and checks one document, in this thread or a worker's, and returns it as JSON. */
export function parseJob(job: ParseJob, config: ResolvedConfig): SerializedDocument {
  const parsed = parseDocument(job.source, {
    path: job.path,
    config,
    ...(job.blobId ? { blobId: job.blobId } : {}),
    ...(job.kindHint ? { kindHint: job.kindHint } : {})
  })
  return serializeChecked(parsed.file, parsed)
}
