import { posix } from 'node:path'
import { gitText } from './gitText.js'
import { gitCommand } from './gitCommand.js'

/** One committed state of a file. */
export interface FileRevision {
  commit: string
  blobId: string
}

/** Pathspecs per `git log`: far below the kernel's argument limit, and few processes for thousands of files. */
const chunkCharacters = 64 * 1024

/**
 * The committed states of each file in `paths` (relative to `cwd`), newest
 * first: each commit that changed it and the blob it left. Read in one
 * `git log --raw` per 64 KiB of paths, one process at a time, so thousands of
 * files never start thousands of processes. Paths are literal (a file named
 * `*.md` is not a glob). A file with no commit gets an empty list; a git
 * failure throws `GitError`, because an unread history is not an empty one.
 */
export async function gitFileHistories(
  cwd: string,
  paths: readonly string[]
): Promise<Map<string, FileRevision[]>> {
  const histories = new Map<string, FileRevision[]>(paths.map((path) => [path, []]))
  // No commit yet: nothing has a history, and `git log` would fail.
  if (
    paths.length === 0 ||
    (await gitCommand(cwd, ['rev-parse', '--verify', '-q', 'HEAD'])).code !== 0
  )
    return histories
  const prefix = await gitText(cwd, ['rev-parse', '--show-prefix'], "the prompts' history")
  // git names files from the repository's root; the caller, from `cwd`.
  const byRootPath = new Map<string, string>()
  for (const path of paths) byRootPath.set(posix.normalize(`${prefix.trim()}${path}`), path)
  for (const chunk of pathChunks(paths)) {
    const log = await gitText(
      cwd,
      [
        '--literal-pathspecs',
        'log',
        '-z',
        '--format=commit %H',
        '--raw',
        '--no-abbrev',
        '--no-renames',
        '--',
        ...chunk
      ],
      "the prompts' history"
    )
    // -z: `commit <id>`, then per change `:<modes> <old> <new> <status>` and the path, NUL-separated.
    const fields = log.split('\0')
    let commit: string | undefined
    for (let index = 0; index < fields.length; index++) {
      const field = (fields[index] ?? '').replace(/^\n/, '')
      const header = /^commit ([0-9a-f]{40,64})$/.exec(field)
      if (header) {
        commit = header[1]
        continue
      }
      const change = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]{40,64}) ([AMT])$/.exec(field)
      if (!change) continue
      const path = byRootPath.get(fields[++index] ?? '')
      if (change[1] && commit && path !== undefined)
        histories.get(path)?.push({ commit, blobId: change[1] })
    }
  }
  return histories
}

/** Splits pathspecs into groups of at most 64 KiB, one `git log` each. */
export function* pathChunks(paths: readonly string[]): Generator<string[]> {
  let chunk: string[] = []
  let size = 0
  for (const path of paths) {
    if (chunk.length > 0 && size + path.length > chunkCharacters) {
      yield chunk
      chunk = []
      size = 0
    }
    chunk.push(path)
    size += path.length + 1
  }
  if (chunk.length > 0) yield chunk
}
