import { runGit } from './runGit.js'

/**
 * The blob id of every tracked file whose working copy is unchanged, by path
 * relative to `cwd`: from `git ls-files -s`, less what `git status` reports,
 * so these files need not be read to know their content's id.
 */
export async function cleanTrackedBlobs(cwd: string): Promise<Map<string, string>> {
  const [listing, status] = await Promise.all([
    runGit(cwd, ['ls-files', '-s', '-z', '--', '.']),
    runGit(cwd, ['status', '--porcelain', '-z', '--untracked-files=no', '--', '.'])
  ])
  const prefix = ((await runGit(cwd, ['rev-parse', '--show-prefix'])) ?? '').trim()
  const dirty = new Set<string>()
  const entries = (status ?? '').split('\0')
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index] ?? ''
    if (entry.length < 4) continue
    dirty.add(entry.slice(3))
    if (entry[0] === 'R' || entry[0] === 'C') index++ // the rename's source path follows
  }
  const blobs = new Map<string, string>()
  for (const entry of (listing ?? '').split('\0')) {
    const match = /^\d+ ([0-9a-f]{40}) 0\t(.*)$/s.exec(entry)
    if (!match?.[1] || match[2] === undefined) continue
    const fromRoot = `${prefix}${match[2]}`
    if (!dirty.has(fromRoot)) blobs.set(match[2], match[1])
  }
  return blobs
}
