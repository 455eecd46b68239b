import { gitCommand } from './gitCommand.js'

/**
 * Fetches `branch` from `origin` and resolves the commit it points at now, or
 * undefined when the remote has no such branch. With actions/checkout the
 * token it persisted in the repository's configuration authenticates this.
 */
export async function gitBranchHead(cwd: string, branch: string): Promise<string | undefined> {
  const tracking = `refs/remotes/origin/${branch}`
  const fetch = await gitCommand(cwd, [
    'fetch',
    '--quiet',
    '--no-tags',
    'origin',
    `+refs/heads/${branch}:${tracking}`
  ])
  if (fetch.code !== 0) return undefined
  const head = await gitCommand(cwd, ['rev-parse', '--verify', `${tracking}^{commit}`])
  return head.code === 0 ? head.stdout.trim() : undefined
}
