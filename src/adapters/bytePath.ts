import { readdir } from 'node:fs/promises'
import { parse, sep } from 'node:path'

/**
 * A path as the file system spells it. Names that are not valid UTF-8 come
 * back from a folder listing with U+FFFD in place of their bytes, and such a
 * string opens nothing; each such component is looked up again in its
 * folder's listing, as bytes. A path without U+FFFD, or one whose name
 * matches no entry or several, is returned as it is (opening it says why).
 */
export async function bytePath(path: string): Promise<string | Buffer> {
  if (!path.includes('\uFFFD')) return path
  const { root } = parse(path)
  let current = Buffer.from(root)
  for (const part of path.slice(root.length).split(sep).filter(Boolean)) {
    let name = Buffer.from(part)
    if (part.includes('\uFFFD')) {
      const entries = await readdir(current.length > 0 ? current : '.', {
        encoding: 'buffer'
      }).catch(() => [])
      const matches = entries.filter((entry) => entry.toString('utf8') === part)
      if (matches.length !== 1 || !matches[0]) return path
      name = matches[0]
    }
    const separator = current.length === 0 || current.toString().endsWith(sep) ? '' : sep
    current = Buffer.concat([current, Buffer.from(separator), name])
  }
  return current
}
