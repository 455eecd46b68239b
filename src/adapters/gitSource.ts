import type { Source } from '../core/types/generated.js'
import { runGit } from './runGit.js'

/** How many commits one `git log` call reads while looking for the last input change. */
const pageSize = 500

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
  let found: { commit: string; seconds: string } | undefined
  for (let skip = 0; !found; skip += pageSize) {
    const log = await runGit(cwd, [
      'log',
      '--relative',
      '--no-renames',
      '--name-only',
      '-z',
      '--format=%x1e%H %ct',
      `--max-count=${pageSize}`,
      `--skip=${skip}`,
      '--',
      '.'
    ])
    const records = (log ?? '').split('\u001e').filter(Boolean)
    for (const record of records) {
      const [header = '', files = ''] = record.split('\0\n')
      const [commit, seconds] = header.replace(/\0$/, '').split(' ')
      if (commit && seconds && files.split('\0').some((path) => path && isInput(path))) {
        found = { commit, seconds }
        break
      }
    }
    if (records.length < pageSize) break
  }
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
