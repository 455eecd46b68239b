import { renamePairs } from './renamePairs.js'
import { runGit } from './runGit.js'

/**
 * Every path under `cwd` that git history shows a file was moved from
 * (rename detection), mapped to where that file is now: a chain of moves
 * ends at the newest path. Empty outside git.
 */
export async function gitMoves(cwd: string): Promise<Map<string, string>> {
  const log = await runGit(cwd, [
    'log',
    '--relative',
    '--diff-filter=R',
    '-M',
    '--name-status',
    '-z',
    '--format=',
    '--',
    '.'
  ])
  // Newest first: a later move of the same file is seen before an earlier one.
  const movedTo = new Map<string, string>()
  for (const { from, to } of renamePairs(log ?? ''))
    if (!movedTo.has(from)) movedTo.set(from, movedTo.get(to) ?? to)
  return movedTo
}
