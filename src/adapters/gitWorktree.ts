import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gitCommand } from './gitCommand.js'

/**
 * A detached work tree of `commit` in a temporary folder, so a newer head can
 * be regenerated without touching the user's checkout; `remove` deletes it.
 */
export async function gitWorktree(
  cwd: string,
  commit: string
): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), 'planmark-worktree-'))
  const added = await gitCommand(cwd, [
    'worktree',
    'add',
    '--quiet',
    '--force',
    '--detach',
    path,
    commit
  ])
  if (added.code !== 0) {
    await rm(path, { recursive: true, force: true })
    throw new Error(`git worktree add ${commit} failed: ${added.stderr.trim()}`)
  }
  return {
    path,
    remove: async () => {
      await gitCommand(cwd, ['worktree', 'remove', '--force', path])
      await rm(path, { recursive: true, force: true })
    }
  }
}
