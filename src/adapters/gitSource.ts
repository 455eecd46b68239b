import type { Source } from '../core/types/generated.js'
import { gitFirstRecord } from './gitFirstRecord.js'
import { runGit } from './runGit.js'

/**
 * The commit the analysed documents come from: the last commit that changed
 * a file planmark reads (`isInput`, on paths relative to `cwd`: documents,
 * prompts, the configuration, including ones since deleted), and its date in
 * UTC. A commit that touches nothing planmark reads, such as its own outputs
 * or a `NOTES.txt`, changes no output, so it never causes a bot commit.
 * `uncommittedChanges` says when an input differs from that commit in the
 * working tree. Nulls outside git.
 */
export async function gitSource(cwd: string, isInput: (path: string) => boolean): Promise<Source> {
  // One walk from HEAD, stopped at the first commit that changed an input.
  const record = await gitFirstRecord(
    cwd,
    ['log', '--relative', '--no-renames', '--name-only', '-z', '--format=%x1e%H %ct', '--', '.'],
    (candidate) =>
      (candidate.split('\0\n')[1] ?? '').split('\0').some((path) => path !== '' && isInput(path))
  )
  const [commit, seconds] = (record?.split('\0\n')[0] ?? '').replace(/\0$/, '').split(' ')
  const found = commit && seconds ? { commit, seconds } : undefined
  if (!found) return { commit: null, date: null }
  const source: Source = {
    commit: found.commit,
    date: new Date(Number(found.seconds) * 1000).toISOString().replace(/\.000Z$/, 'Z')
  }
  if ((await changedInputs(cwd)).some(isInput)) source.uncommittedChanges = true
  return source
}

/** Paths under `cwd` that differ from HEAD in the working tree or index, and untracked ones git does not ignore. */
async function changedInputs(cwd: string): Promise<string[]> {
  const [changed, untracked] = await Promise.all([
    runGit(cwd, ['diff', '--relative', '--name-only', '--no-renames', '-z', 'HEAD', '--', '.']),
    runGit(cwd, ['ls-files', '--others', '--exclude-standard', '-z', '--', '.'])
  ])
  return `${changed ?? ''}\0${untracked ?? ''}`.split('\0').filter(Boolean)
}
