import { nestingDepth } from '../core/nestingDepth.js'
import { parseDocument } from '../core/parseDocument.js'
import { refusedFile } from '../core/refusedFile.js'
import type { ResolvedConfig } from '../core/resolveConfig.js'
import { serializeChecked, type SerializedDocument } from '../core/document/serializeChecked.js'
import type { DocumentKind } from '../core/types/documents.js'

/** One document to parse. */
export interface ParseJob {
  path: string
  source: string
  blobId?: string
  kindHint?: DocumentKind
}

/** Deeper nesting is refused before parsing (see `file-too-complex` in docs/rules.md). */
export const maxNestingDepth = 100

/**
 * Parses and checks one document, in this thread or a worker's, and returns
 * it as JSON. A document nested too deeply for the parser is refused
 * unparsed, and a parser failure becomes a message on its file: one document
 * never stops the others.
 */
export function parseJob(job: ParseJob, config: ResolvedConfig): SerializedDocument {
  const nesting = nestingDepth(job.source)
  if (nesting.depth > maxNestingDepth)
    return refusedFile(
      job.path,
      config,
      'file-too-complex',
      `Expected block quotes and lists nested at most ${maxNestingDepth} levels deep, found ${nesting.depth} levels; the file was not parsed`,
      { expected: `at most ${maxNestingDepth} levels`, actual: `${nesting.depth} levels` },
      nesting.line
    )
  try {
    const parsed = parseDocument(job.source, {
      path: job.path,
      config,
      ...(job.blobId ? { blobId: job.blobId } : {}),
      ...(job.kindHint ? { kindHint: job.kindHint } : {})
    })
    return serializeChecked(parsed.file, parsed)
  } catch (error) {
    const failure = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
    return refusedFile(
      job.path,
      config,
      'file-too-complex',
      `Expected a document the parser can finish, found a parser failure (${failure}); the file was not analysed`,
      { expected: 'a document the parser can finish', actual: failure }
    )
  }
}
