import { createHash } from 'node:crypto'
import { realpath } from 'node:fs/promises'
import { resolve } from 'node:path'
import { findDocuments } from '../adapters/findDocuments.js'
import { gitBlobId } from '../adapters/gitBlobId.js'
import { readDocumentFile } from '../adapters/readDocumentFile.js'
import type { ResolvedConfig } from '../core/resolveConfig.js'

/**
 * A hash of every document under `paths` as it is on disk now: each path
 * with the blob id of its bytes (or why it cannot be read). Two shards with
 * the same fingerprint saw the same inputs, whichever files each parsed; an
 * edit, a rename or a deletion between them changes it.
 */
export async function inputsFingerprint(
  cwd: string,
  paths: readonly string[],
  config: ResolvedConfig
): Promise<string> {
  const found = await findDocuments(cwd, paths, config)
  const realCwd = await realpath(cwd)
  const lines: string[] = []
  for (let start = 0; start < found.length; start += 64) {
    const batch = found.slice(start, start + 64)
    const reads = await Promise.all(
      batch.map((document) =>
        readDocumentFile(resolve(cwd, document.path), config.maxFileBytes, realCwd).catch(
          (error: Error) => ({ ok: false as const, reason: error.message })
        )
      )
    )
    batch.forEach((document, index) => {
      const read = reads[index]
      lines.push(`${document.path}\u0000${read?.ok ? gitBlobId(read.bytes) : `!${read?.reason}`}`)
    })
  }
  return createHash('sha256').update(lines.join('\n')).digest('hex')
}
