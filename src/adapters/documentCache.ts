import { createHash } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import packageJson from '../../package.json' with { type: 'json' }
import type { ResolvedConfig } from '../core/resolveConfig.js'
import type { SerializedDocument } from '../core/serializeChecked.js'
import { stableJson } from '../core/stableJson.js'
import { writeLinesAtomic } from './writeFileAtomic.js'

/** Bump when the cache file's shape changes. */
const cacheFormat = 1
const fileName = 'documents.json'

/** Checked files by `path\0blobId`, valid for one planmark version and one configuration. */
export type DocumentCache = Map<string, SerializedDocument>

/** The cache key of a file: its path (identity and globs depend on it) and its content's blob id. */
export function cacheKey(path: string, blobId: string): string {
  return `${path}\u0000${blobId}`
}

/** Set by the build (scripts/buildId.js): a hash of the sources the bundle was built from. */
declare const PLANMARK_BUILD_ID: string | undefined

/** Running from the sources (tests), no build id exists: such caches are stamped apart. */
const build = typeof PLANMARK_BUILD_ID === 'string' ? PLANMARK_BUILD_ID : 'sources'

/** What a cache is only valid for: this exact planmark build, the cache format and the configuration. */
export function cacheStamp(config: ResolvedConfig): string {
  return createHash('sha1')
    .update(`${cacheFormat}\0${packageJson.version}\0${build}\0${stableJson(config)}`)
    .digest('hex')
}

/**
 * Loads the cache from `dir`. A missing cache is empty; a corrupt, truncated
 * or foreign (other version or configuration) one is ignored with a notice,
 * never trusted.
 */
export async function loadDocumentCache(
  dir: string,
  stamp: string,
  notice: (message: string) => void
): Promise<DocumentCache> {
  const path = join(dir, fileName)
  const text = await readFile(path, 'utf8').catch(() => undefined)
  if (text === undefined) return new Map()
  try {
    // JSON Lines: a header with the stamp and the entry count, then one entry a line.
    const lines = text.split('\n')
    const header = JSON.parse(lines[0] ?? '') as { stamp?: unknown; entries?: unknown }
    if (header.stamp !== stamp) {
      notice(
        `planmark: ignoring the cache in ${path}: it was written by another planmark build or configuration.`
      )
      return new Map()
    }
    const entries = lines
      .slice(1)
      .filter(Boolean)
      .map((line) => JSON.parse(line) as unknown)
    if (entries.length !== header.entries || !entries.every(isEntry))
      throw new Error('entries missing or malformed')
    return new Map(entries as Array<[string, SerializedDocument]>)
  } catch (error) {
    notice(
      `planmark: ignoring the cache in ${path}: it is corrupt (${(error as Error).message}); it will be rebuilt.`
    )
    return new Map()
  }
}

/**
 * Writes the cache with exactly `entries` (so entries of deleted or changed
 * files go), a line at a time through a stream, then renames it into place.
 */
export async function saveDocumentCache(
  dir: string,
  stamp: string,
  entries: DocumentCache
): Promise<void> {
  const keys = [...entries.keys()].sort()
  function* lines() {
    yield JSON.stringify({ stamp, entries: keys.length })
    for (const key of keys) yield JSON.stringify([key, entries.get(key)])
  }
  await writeLinesAtomic(join(dir, fileName), lines())
}

function isEntry(entry: unknown): boolean {
  if (!Array.isArray(entry) || entry.length !== 2 || typeof entry[0] !== 'string') return false
  const value = entry[1] as Partial<SerializedDocument> | null
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof value.path === 'string' &&
    Array.isArray(value.messages)
  )
}
