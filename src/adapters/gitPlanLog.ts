import { posix } from 'node:path'
import { gitText } from './gitText.js'
import type { GitCommit, PlanRevision } from '../core/evidence/gitCommit.js'
import { gitCommand } from './gitCommand.js'
import { pathChunks } from './gitFileHistories.js'

/** The commits that changed the plans, and each plan's changes, newest first. */
export interface PlanLog {
  commits: Map<string, GitCommit>
  revisions: Map<string, PlanRevision[]>
}

const header = [
  '%H',
  '%an',
  '%ae',
  '%cn',
  '%ce',
  '%aI',
  '%(trailers:key=Co-authored-by,valueonly,separator=%x1f)'
].join('%x00')

/**
 * The history of the plan files in `paths` (relative to `cwd`), read in one
 * `git log` per 64 KiB of paths, never one process per plan: each commit's
 * author, committer, author date and `Co-authored-by` trailers, and for each
 * plan the blobs before and after each commit that changed it. Paths are
 * literal. A git failure throws `GitError`.
 */
export async function gitPlanLog(cwd: string, paths: readonly string[]): Promise<PlanLog> {
  const commits = new Map<string, GitCommit>()
  const revisions = new Map<string, PlanRevision[]>(paths.map((path) => [path, []]))
  if (
    paths.length === 0 ||
    (await gitCommand(cwd, ['rev-parse', '--verify', '-q', 'HEAD'])).code !== 0
  )
    return { commits, revisions }
  const prefix = (await gitText(cwd, ['rev-parse', '--show-prefix'], "the plans' history")).trim()
  const byRootPath = new Map<string, string>()
  for (const path of paths) byRootPath.set(posix.normalize(`${prefix}${path}`), path)
  const changed = new Map<string, Array<{ path: string; blobId: string; before?: string }>>()
  // The chunks' logs run side by side (git matching many pathspecs is CPU work); read in chunk order.
  const logs = await Promise.all(
    [...pathChunks(paths)].map((chunk) =>
      gitText(
        cwd,
        [
          '--literal-pathspecs',
          'log',
          '-z',
          `--format=%x1e${header}%x00`,
          '--raw',
          '--no-abbrev',
          '--no-renames',
          '--',
          ...chunk
        ],
        "the plans' history"
      )
    )
  )
  for (const log of logs) {
    for (const record of log.split('\u001e')) {
      const fields = record.split('\0')
      const [commit, authorName, authorEmail, committerName, committerEmail, authored, trailers] =
        fields
      if (!commit || !/^[0-9a-f]{40,64}$/.test(commit) || authored === undefined) continue
      const when = new Date(authored)
      const offset = /([+-])(\d{2}):(\d{2})$/.exec(authored)
      commits.set(commit, {
        commit,
        authorName: authorName ?? '',
        authorEmail: authorEmail ?? '',
        committerName: committerName ?? '',
        committerEmail: committerEmail ?? '',
        date: when.toISOString().replace(/\.\d{3}Z$/, 'Z'),
        offsetMinutes: offset
          ? (offset[1] === '-' ? -1 : 1) * (Number(offset[2]) * 60 + Number(offset[3]))
          : 0,
        coAuthors: (trailers ?? '').split('\u001f').flatMap(person)
      })
      const changes = changed.get(commit) ?? []
      for (let index = 7; index < fields.length; index++) {
        const field = (fields[index] ?? '').replace(/^\n/, '')
        const change = /^:\d+ \d+ ([0-9a-f]{40,64}) ([0-9a-f]{40,64}) ([AMT])$/.exec(field)
        if (!change) continue
        const path = byRootPath.get(fields[++index] ?? '')
        if (path === undefined || !change[2]) continue
        changes.push({
          path,
          blobId: change[2],
          ...(change[3] === 'A' || !change[1] || /^0+$/.test(change[1])
            ? {}
            : { before: change[1] })
        })
      }
      changed.set(commit, changes)
    }
  }
  for (const [commit, changes] of changed) {
    const plansInCommit = new Set(changes.map((change) => change.path)).size
    for (const change of changes)
      revisions.get(change.path)?.push({ commit, ...withoutPath(change), plansInCommit })
  }
  // Each chunk's log is newest first; across chunks, order by author date, then by the log.
  const order = new Map([...commits.keys()].map((commit, index) => [commit, index]))
  const date = (commit: string) => commits.get(commit)?.date ?? ''
  for (const list of revisions.values())
    list.sort(
      (a, b) =>
        (date(a.commit) < date(b.commit) ? 1 : date(a.commit) > date(b.commit) ? -1 : 0) ||
        (order.get(a.commit) ?? 0) - (order.get(b.commit) ?? 0)
    )
  return { commits, revisions }
}

function withoutPath(change: { path: string; blobId: string; before?: string }) {
  return change.before === undefined
    ? { blobId: change.blobId }
    : { blobId: change.blobId, before: change.before }
}

/** `Name <email>` from a trailer value; nothing for a value without an address. */
function person(value: string): Array<{ name: string; email: string }> {
  const match = /^\s*(.*?)\s*<([^<>\s]+)>\s*$/.exec(value)
  return match?.[2] ? [{ name: match[1] ?? '', email: match[2] }] : []
}
