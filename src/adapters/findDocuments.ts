import { stat } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { glob } from 'tinyglobby'
import { documentGlobs } from '../core/documentGlobs.js'
import { gitIgnoredPaths } from './gitIgnoredPaths.js'
import type { ResolvedConfig } from '../core/resolveConfig.js'
import type { DocumentKind } from '../core/types/documents.js'
import { MissingPathError } from './missingPathError.js'

/** A Markdown file to read, its path relative to the working directory, and the kind its glob suggests. */
export interface FoundDocument {
  path: string
  kindHint?: DocumentKind
}

/**
 * Finds the documents under `paths` (files or folders, relative to `cwd`):
 * in a folder, the Markdown files whose path from `cwd` the configured globs
 * match, minus `ignore` and what git ignores (`.gitignore`), dot-folders
 * included; a named file is always read. Sorted by path, so
 * output order is stable.
 */
export async function findDocuments(
  cwd: string,
  paths: readonly string[],
  config: ResolvedConfig
): Promise<FoundDocument[]> {
  const globs = documentGlobs(config)
  const found = new Map<string, FoundDocument>()
  for (const path of paths.length > 0 ? paths : ['.']) {
    const absolute = resolve(cwd, path)
    const info = await stat(absolute).catch(() => undefined)
    if (!info)
      throw new MissingPathError(
        `${path}: no such file or folder (relative to ${cwd}); check the path.`
      )
    // Anything but a folder is a named file: a FIFO or a device gets its own message when read.
    if (!info.isDirectory()) {
      const file = toPosix(relative(cwd, absolute))
      found.set(file, { path: file, kindHint: globs.kindHint(file) })
      continue
    }
    // Globs match paths from the working directory, whichever folder is walked.
    // Dot-folders are walked: agents keep their plans in .kiro, .cursor, .taskmaster, .planning, .claude.
    const candidates = await glob(['**/*.md', '**/tasks.json'], {
      cwd: absolute,
      dot: true,
      ignore: ['**/node_modules/**', '**/.git/**'],
      onlyFiles: true,
      followSymbolicLinks: false,
      expandDirectories: false
    })
    const documents = candidates
      .map((match) => toPosix(relative(cwd, join(absolute, match))))
      .filter((file) => globs.isDocument(file))
    const ignored = await gitIgnoredPaths(cwd, documents, toPosix(relative(cwd, absolute)) || '.')
    for (const file of documents)
      if (!ignored.has(file)) found.set(file, { path: file, kindHint: globs.kindHint(file) })
  }
  return [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
}

function toPosix(path: string): string {
  return path.split(sep).join('/')
}
