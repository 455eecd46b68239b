import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

let root: string | undefined

/** The folder of planmark's own package.json, found from this module (works from src/ and from the bundle). */
function packageRoot(): string {
  if (root) return root
  for (
    let dir = dirname(fileURLToPath(import.meta.url));
    dir !== dirname(dir);
    dir = dirname(dir)
  ) {
    const manifest = join(dir, 'package.json')
    if (
      existsSync(manifest) &&
      (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === 'planmark'
    )
      return (root = dir)
  }
  throw new Error('planmark cannot find its own package.json (templates are read from beside it)')
}

/** Reads one of planmark's shipped templates (`templates/…`). */
export function readPackageTemplate(path: string): string {
  return readFileSync(join(packageRoot(), 'templates', path), 'utf8')
}
