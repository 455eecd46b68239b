import { createHash } from 'node:crypto'
import { readdir, readFile, rm, stat } from 'node:fs/promises'
import { join } from 'node:path'
import packageJson from '../../package.json' with { type: 'json' }
import type { ResolvedConfig } from '../core/resolveConfig.js'
import type { SerializedDocument } from '../core/document/serializeChecked.js'
import { stableJson } from '../core/stableJson.js'
import { writeLinesAtomic } from './writeFileAtomic.js'

/** Bump when the cache file's shape changes. */
const cacheFormat = 1
const fileName = 'documents.json'

/**
 * Each entry the cache file held, with its key and its line as read: an
 * entry saved again unchanged is written back as that line, not serialised
 * again (the entries are never modified after they are read).
 */
const linesRead = new WeakMap<SerializedDocument, { key: string; line: string }>()

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
 * never trusted. Each entry is checked as untrusted input
 * (`checkedFileProblem`): a bad one is dropped with a notice, and its file is
 * parsed again. Temporary files that killed runs left are removed.
 */
export async function loadDocumentCache(
  dir: string,
  stamp: string,
  notice: (message: string) => void
): Promise<DocumentCache> {
  const path = join(dir, fileName)
  await removeOrphans(dir)
  const text = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'ENOENT')
      notice(`planmark: ignoring the cache in ${path}: it cannot be read (${error.message}).`)
    return undefined
  })
  if (text === undefined) return new Map()
  let lines: string[]
  let entries: unknown[]
  try {
    const found = entryLines(text, stamp)
    if (found === 'foreign') {
      notice(
        `planmark: ignoring the cache in ${path}: it was written by another planmark build or configuration.`
      )
      return new Map()
    }
    lines = found
    entries = lines.map((line) => JSON.parse(line) as unknown)
  } catch (error) {
    notice(
      `planmark: ignoring the cache in ${path}: it is corrupt (${(error as Error).message}); it will be rebuilt.`
    )
    return new Map()
  }
  // Loaded only with a cache to check: it brings every schema's compiled validator.
  const { checkedFileProblem } = await import('../core/document/checkedFileProblem.js')
  const cache: DocumentCache = new Map()
  const dropped: string[] = []
  for (const [index, entry] of entries.entries()) {
    const key: unknown = Array.isArray(entry) ? entry[0] : undefined
    const problem =
      !Array.isArray(entry) || entry.length !== 2 || typeof key !== 'string'
        ? 'it is not a [key, checked file] pair'
        : checkedFileProblem(entry[1], key.slice(0, key.indexOf('\u0000')))
    if (problem) dropped.push(`entry ${index + 1}: ${problem}`)
    else {
      const checked = (entry as [string, SerializedDocument])[1]
      cache.set(key as string, checked)
      linesRead.set(checked, { key: key as string, line: lines[index] as string })
    }
  }
  if (dropped.length > 0)
    notice(
      `planmark: dropped ${dropped.length} malformed ${dropped.length === 1 ? 'entry' : 'entries'} of the cache in ${path} (${dropped[0]}${dropped.length > 1 ? '; …' : ''}); ${dropped.length === 1 ? 'its file is' : 'their files are'} parsed again.`
    )
  return cache
}

/**
 * The entry lines of a cache file's text (JSON Lines: a header with the stamp
 * and the entry count, then one entry a line), or 'foreign' for another
 * stamp. Throws when the header does not parse or entries are missing.
 */
function entryLines(text: string, stamp: string): string[] | 'foreign' {
  const lines = text.split('\n')
  const header = JSON.parse(lines[0] ?? '') as { stamp?: unknown; entries?: unknown }
  if (header.stamp !== stamp) return 'foreign'
  const entries = lines.slice(1).filter(Boolean)
  if (entries.length !== header.entries) throw new Error('entries missing')
  return entries
}

/** A temporary file of the cache this old was left by a run that was killed: a live write keeps its file fresh. */
const orphanAgeMs = 60_000

/**
 * Writes the cache with exactly `entries` (so entries of deleted or changed
 * files go), a line at a time through a stream, then renames it into place.
 * The cache is optional:
 * a write that fails (a file in the folder's place, a read-only folder, a
 * full disk) is a notice, and the run goes on without it.
 */
export async function saveDocumentCache(
  dir: string,
  stamp: string,
  entries: DocumentCache,
  notice: (message: string) => void
): Promise<void> {
  const keys = [...entries.keys()].sort()
  function* lines() {
    yield JSON.stringify({ stamp, entries: keys.length })
    for (const key of keys) {
      const entry = entries.get(key) as SerializedDocument
      const read = linesRead.get(entry)
      yield read?.key === key ? read.line : JSON.stringify([key, entry])
    }
  }
  const path = join(dir, fileName)
  try {
    await writeLinesAtomic(path, lines())
  } catch (error) {
    notice(
      `planmark: the cache in ${path} could not be written (${(error as Error).message}); the run goes on without it.`
    )
  }
}

/** Removes `documents.json.<hex>.tmp` files that no write has touched for a minute. */
async function removeOrphans(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[])
  const now = Date.now()
  await Promise.all(
    names
      .filter((name) => /^documents\.json\.[0-9a-f]+\.tmp$/.test(name))
      .map(async (name) => {
        const path = join(dir, name)
        const info = await stat(path).catch(() => undefined)
        if (info?.isFile() && now - info.mtimeMs >= orphanAgeMs) await rm(path, { force: true })
      })
  )
}
