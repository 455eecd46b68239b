import { randomBytes } from 'node:crypto'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FileAddition } from './githubApi.js'
import { gitCommand } from './gitCommand.js'

/** How a push ended: landed, refused because the branch moved, or refused for good. */
export type PushOutcome =
  | { kind: 'landed'; oid: string }
  | { kind: 'stale' }
  | { kind: 'refused'; reason: 'forbidden' | 'protected' | 'other'; detail: string }

/** The identity GitHub gives GITHUB_TOKEN's commits. */
const botIdentity = {
  GIT_AUTHOR_NAME: 'github-actions[bot]',
  GIT_AUTHOR_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com',
  GIT_COMMITTER_NAME: 'github-actions[bot]',
  GIT_COMMITTER_EMAIL: '41898282+github-actions[bot]@users.noreply.github.com'
}

/**
 * Commits `files` on top of `parent` with a private index (the user's index
 * and work tree are not touched) and pushes it to `branch` without force, so
 * a branch that moved refuses it: the fallback where the GraphQL API has no
 * `createCommitOnBranch` (older GitHub Enterprise Server).
 */
export async function gitPushCommit(
  cwd: string,
  commit: {
    parent: string
    branch: string
    headline: string
    body: string
    files: readonly FileAddition[]
  }
): Promise<PushOutcome> {
  const index = join(tmpdir(), `planmark-index-${randomBytes(6).toString('hex')}`)
  const env = { ...botIdentity, GIT_INDEX_FILE: index }
  const step = async (args: string[], input?: string) => {
    const result = await gitCommand(cwd, args, { env, ...(input === undefined ? {} : { input }) })
    if (result.code !== 0) throw new Error(`git ${args[0]} failed: ${result.stderr.trim()}`)
    return result.stdout.trim()
  }
  try {
    await step(['read-tree', commit.parent])
    for (const file of commit.files) {
      const blob = await step(['hash-object', '-w', '--stdin'], file.content)
      await step(['update-index', '--add', '--cacheinfo', `100644,${blob},${file.path}`])
    }
    const tree = await step(['write-tree'])
    const oid = await step([
      'commit-tree',
      tree,
      '-p',
      commit.parent,
      '-m',
      commit.headline,
      '-m',
      commit.body
    ])
    const push = await gitCommand(cwd, [
      'push',
      '--quiet',
      'origin',
      `${oid}:refs/heads/${commit.branch}`
    ])
    if (push.code === 0) return { kind: 'landed', oid }
    const detail = push.stderr.trim()
    if (/protected branch|GH006|GH013|rule violations/i.test(detail))
      return { kind: 'refused', reason: 'protected', detail }
    if (/\b403\b|permission .* denied|not accessible/i.test(detail))
      return { kind: 'refused', reason: 'forbidden', detail }
    if (/non-fast-forward|fetch first|\[rejected\]|stale info/i.test(detail))
      return { kind: 'stale' }
    return { kind: 'refused', reason: 'other', detail }
  } finally {
    await rm(index, { force: true })
  }
}
