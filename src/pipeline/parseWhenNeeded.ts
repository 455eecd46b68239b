import type { ResolvedConfig } from '../core/resolveConfig.js'
import type { SerializedDocument } from '../core/document/serializeChecked.js'
import type { ParseOptions } from './parseDocuments.js'
import type { ParseJob } from './parseJob.js'

/**
 * `parseDocuments`, with the parser (micromark, mdast and the extractors,
 * most of planmark's code) loaded on first need: a run that has nothing to
 * parse, an empty repository or one the cache covers, never loads it.
 */
export async function parseWhenNeeded(
  jobs: readonly ParseJob[],
  config: ResolvedConfig,
  options?: ParseOptions
): Promise<SerializedDocument[]> {
  if (jobs.length === 0) return []
  const { parseDocuments } = await import('./parseDocuments.js')
  return parseDocuments(jobs, config, options)
}
