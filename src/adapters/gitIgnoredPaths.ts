import { gitCommand } from './gitCommand.js'

/**
 * The paths (relative to `cwd`, POSIX separators, found under the folder
 * `under`) that git ignores through `.gitignore`, `.git/info/exclude` or the
 * global excludes file. Tracked files are never ignored, as in git. Empty
 * outside a git work tree or when git is missing: nothing is left out that
 * git would not leave out.
 */
export async function gitIgnoredPaths(
  cwd: string,
  paths: readonly string[],
  under = '.'
): Promise<Set<string>> {
  if (paths.length === 0) return new Set()
  // Tracked files are listed first and never asked about: `check-ignore` looks each path up in
  // the index, which took a quarter of a second for 5,000 tracked files, against milliseconds
  // for the listing and for `--no-index` on the rest.
  const listing = await gitCommand(cwd, ['--literal-pathspecs', 'ls-files', '-z', '--', under])
  if (listing.code !== 0) return new Set()
  const tracked = new Set(listing.stdout.split('\0'))
  const untracked = paths.filter((path) => !tracked.has(path))
  if (untracked.length === 0) return new Set()
  // -z both ways: a path with a newline or quote is passed and read back exactly.
  const result = await gitCommand(cwd, ['check-ignore', '--no-index', '-z', '--stdin'], {
    input: `${untracked.join('\0')}\0`
  })
  // 0: some are ignored; 1: none is; anything else (not a work tree, no git): none is known.
  if (result.code !== 0) return new Set()
  return new Set(result.stdout.split('\0').filter(Boolean))
}
