import { readdir, stat } from 'node:fs/promises'
import { join } from 'node:path'

/**
 * The names, inodes, sizes and modification times of the files directly in
 * `dir` (empty string when there are none or the folder is missing): equal
 * fingerprints mean no file in it was written. planmark writes the cache by
 * renaming a new file into place (a new inode), so a rewrite shows even
 * within one clock tick, and the files (tens of MB) are never read for it.
 */
export async function folderFingerprint(dir: string): Promise<string> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const names = entries
    .filter((entry) => entry.isFile())
    .map((entry) => entry.name)
    .sort()
  const lines = await Promise.all(
    names.map(async (name) => {
      // A file removed since the listing (a temporary file renamed into place) counts as gone.
      const info = await stat(join(dir, name), { bigint: true }).catch(() => undefined)
      return info ? `${name}\0${info.ino}\0${info.size}\0${info.mtimeNs}` : ''
    })
  )
  return lines.join('\n')
}
