import { renamePairs } from './renamePairs.js'
import { runGit } from './runGit.js'

/**
 * The files git sees as moved between `from` and `to` (a commit, or the
 * working tree when `to` is omitted), as old path → new path relative to
 * `cwd`: rename detection (`-M`), so a plan moved with `git mv`, even with
 * small edits, keeps its identity. Empty outside git.
 */
export async function gitRenames(
  cwd: string,
  from: string,
  to?: string
): Promise<Map<string, string>> {
  const output = await runGit(cwd, [
    '--literal-pathspecs',
    'diff',
    '--relative',
    '--name-status',
    '-M',
    '--diff-filter=R',
    '-z',
    from,
    ...(to ? [to] : []),
    '--',
    '.'
  ])
  const renames = new Map<string, string>()
  for (const { from, to } of renamePairs(output ?? '')) renames.set(from, to)
  return renames
}
