import { runGit } from './runGit.js'

/** One committed state of a file. */
export interface FileRevision {
  commit: string
  blobId: string
}

/**
 * The committed states of a file, newest first: each commit that changed it
 * and the blob it left (`git log --raw`). Empty outside git or for a new file.
 */
export async function gitFileHistory(cwd: string, path: string): Promise<FileRevision[]> {
  const log = await runGit(cwd, [
    'log',
    '--format=commit %H',
    '--raw',
    '--no-abbrev',
    '--no-renames',
    '--',
    path
  ])
  const revisions: FileRevision[] = []
  let commit: string | undefined
  for (const line of (log ?? '').split('\n')) {
    const header = /^commit ([0-9a-f]{40})$/.exec(line)
    if (header) commit = header[1]
    const change = /^:\d+ \d+ [0-9a-f]{40} ([0-9a-f]{40}) [AM]\t/.exec(line)
    if (change?.[1] && commit) revisions.push({ commit, blobId: change[1] })
  }
  return revisions
}
