import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * A hash of the names and bytes of the files directly in `dir` (empty
 * string when there are none or the folder is missing): equal fingerprints
 * mean nothing in it changed.
 */
export async function folderFingerprint(dir: string): Promise<string> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const names = entries
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort()
  if (names.length === 0) return ''
  const hash = createHash('sha256')
  for (const name of names) {
    const bytes = await readFile(join(dir, name))
    hash.update(`${name}\0${bytes.length}\0`).update(bytes)
  }
  return hash.digest('hex')
}
