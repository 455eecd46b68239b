// The identity of a build: a hash of everything that goes into it (sources,
// schemas, the package manifest and lock file). Caches are only valid for the
// build that wrote them, so a changed planmark never trusts an old cache.
import { createHash } from 'node:crypto'
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

function files(dir) {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? files(path) : [path]
    })
}

/** The sha1 of the build's inputs, relative to `root`. */
export function buildId(root) {
  const hash = createHash('sha1')
  for (const path of [
    ...files(join(root, 'src')),
    ...files(join(root, 'schemas')),
    join(root, 'package.json'),
    join(root, 'package-lock.json')
  ]) {
    hash.update(relative(root, path)).update('\0').update(readFileSync(path)).update('\0')
  }
  return hash.digest('hex')
}
