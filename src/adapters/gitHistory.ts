import { spawn } from 'node:child_process'
import { gitEnvironment } from './gitEnvironment.js'
import { GitError } from './gitError.js'
import { runGit } from './runGit.js'

/** A file as it was at a commit. */
export interface FileAtCommit {
  path: string
  blobId: string
}

/** The last commit reachable from HEAD made before `instant` (ISO), or undefined. */
export async function commitBefore(cwd: string, instant: string): Promise<string | undefined> {
  const commit = (await runGit(cwd, ['rev-list', '-1', `--before=${instant}`, 'HEAD']))?.trim()
  return commit || undefined
}

/** The files under `paths` (default: all of `cwd`) at `commit`, with their blob ids; paths relative to `cwd`. */
export async function filesAtCommit(
  cwd: string,
  commit: string,
  paths: readonly string[] = ['.']
): Promise<FileAtCommit[]> {
  const listing = await runGit(cwd, [
    '--literal-pathspecs',
    'ls-tree',
    '-r',
    '-z',
    commit,
    '--',
    ...paths
  ])
  return (listing ?? '')
    .split('\0')
    .filter(Boolean)
    .flatMap((entry) => {
      const match = /^\d+ blob ([0-9a-f]{40})\t(.*)$/s.exec(entry)
      return match?.[1] && match[2] !== undefined ? [{ blobId: match[1], path: match[2] }] : []
    })
}

/** The contents of blobs, read in one `git cat-file --batch`, as UTF-8 text by blob id. */
export function readBlobs(cwd: string, blobIds: readonly string[]): Promise<Map<string, string>> {
  return new Promise((resolve, reject) => {
    const git = spawn('git', ['cat-file', '--batch'], { cwd, env: gitEnvironment() })
    const chunks: Buffer[] = []
    git.stdout.on('data', (chunk: Buffer) => chunks.push(chunk))
    git.on('error', (error) =>
      reject(new GitError(`git cat-file could not start: ${error.message}`))
    )
    git.on('close', (code) => {
      if (code !== 0) return reject(new GitError(`git cat-file --batch exited with ${code}`))
      const output = Buffer.concat(chunks)
      const blobs = new Map<string, string>()
      let offset = 0
      while (offset < output.length) {
        const headerEnd = output.indexOf(10, offset)
        const [id, type, size] = output.subarray(offset, headerEnd).toString('utf8').split(' ')
        if (type !== 'blob' || !id || size === undefined) {
          offset = headerEnd + 1
          continue
        }
        const start = headerEnd + 1
        blobs.set(id, output.subarray(start, start + Number(size)).toString('utf8'))
        offset = start + Number(size) + 1
      }
      resolve(blobs)
    })
    git.stdin.end(blobIds.map((id) => `${id}\n`).join(''))
  })
}
