import { gitCommand } from './gitCommand.js'

/**
 * The paths (relative to `cwd`, POSIX separators) that git ignores through
 * `.gitignore`, `.git/info/exclude` or the global excludes file. Tracked files
 * are never ignored, as in git. Empty outside a git work tree or when git is
 * missing: nothing is left out that git would not leave out.
 */
export async function gitIgnoredPaths(cwd: string, paths: readonly string[]): Promise<Set<string>> {
  if (paths.length === 0) return new Set()
  // -z both ways: a path with a newline or quote is passed and read back exactly.
  const result = await gitCommand(cwd, ['check-ignore', '-z', '--stdin'], {
    input: `${paths.join('\0')}\0`
  })
  // 0: some are ignored; 1: none is; anything else (not a work tree, no git): none is known.
  if (result.code !== 0) return new Set()
  return new Set(result.stdout.split('\0').filter(Boolean))
}
