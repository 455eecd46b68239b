import { runGit } from './runGit.js'

/** A revert commit: when it was made and the commits its message says it reverts (as written, maybe abbreviated). */
export interface RevertCommit {
  commit: string
  date: string
  reverts: string[]
}

/** What the commit graph says beyond the plans' own log. */
export interface Ancestry {
  /** For each commit brought in by a merge that names its branch, that branch. */
  mergedBranch: Map<string, string>
  /** The commits in the default branch's history; undefined when there is no default branch to read. */
  onDefault: Set<string> | undefined
  /** The ref taken as the default branch. */
  defaultRef: string | undefined
  reverts: RevertCommit[]
}

/**
 * Reads the commit graph of HEAD and the default branch in one `git log`
 * (ids, parents and subjects only), and the revert commits in one more
 * (`This reverts commit <sha>`). The default branch is `configured`
 * (`origin/<name>`, else the local branch), else `origin/HEAD`, else HEAD
 * itself. Merges name branches in their subject (`Merge pull request #1
 * from owner/codex/x`, `Merge branch 'cursor/y'`); a commit is credited to
 * the oldest merge that brought it in. Empty outside git or before the
 * first commit.
 */
export async function gitAncestry(cwd: string, configured?: string): Promise<Ancestry> {
  const empty: Ancestry = {
    mergedBranch: new Map(),
    onDefault: undefined,
    defaultRef: undefined,
    reverts: []
  }
  const head = (await runGit(cwd, ['rev-parse', '--verify', '-q', 'HEAD']))?.trim()
  if (!head) return empty
  const defaultRef = await defaultBranch(cwd, configured)
  const tip = defaultRef
    ? (await runGit(cwd, ['rev-parse', '--verify', '-q', `${defaultRef}^{commit}`]))?.trim()
    : head
  const log = await runGit(cwd, [
    'log',
    '-z',
    '--topo-order',
    '--reverse',
    '--format=%H %P%x00%s',
    'HEAD',
    ...(tip && tip !== head ? [tip] : [])
  ])
  const parents = new Map<string, string[]>()
  const subjects = new Map<string, string>()
  const order: string[] = []
  const fields = (log ?? '').split('\0')
  for (let index = 0; index + 1 < fields.length; index += 2) {
    const [commit, ...rest] = (fields[index] ?? '').replace(/^\n/, '').split(' ')
    if (!commit) continue
    parents.set(commit, rest.filter(Boolean))
    subjects.set(commit, fields[index + 1] ?? '')
    order.push(commit)
  }
  const mainline = new Set<string>()
  for (let commit: string | undefined = head; commit; commit = parents.get(commit)?.[0])
    mainline.add(commit)
  const mergedBranch = new Map<string, string>()
  // Oldest merge first, so a commit is credited to the merge that first brought it in.
  for (const merge of order) {
    const [, ...merged] = parents.get(merge) ?? []
    const branch = branchOf(subjects.get(merge) ?? '')
    if (merged.length === 0 || !branch) continue
    const stack = [...merged]
    while (stack.length > 0) {
      const commit = stack.pop() as string
      if (mainline.has(commit) || mergedBranch.has(commit) || !parents.has(commit)) continue
      mergedBranch.set(commit, branch)
      stack.push(...(parents.get(commit) ?? []))
    }
  }
  let onDefault: Set<string> | undefined
  if (tip) {
    onDefault = new Set()
    const stack = [tip]
    while (stack.length > 0) {
      const commit = stack.pop() as string
      if (onDefault.has(commit)) continue
      onDefault.add(commit)
      stack.push(...(parents.get(commit) ?? []))
    }
  }
  return { mergedBranch, onDefault, defaultRef: defaultRef ?? 'HEAD', reverts: await reverts(cwd) }
}

/** The branch a merge commit's subject names, without a remote's prefix. */
export function branchOf(subject: string): string | undefined {
  const pull = /^Merge pull request #\d+ from [^/\s]+\/(\S+)/.exec(subject)
  if (pull?.[1]) return pull[1]
  const branch = /^Merge (?:remote-tracking )?branch '([^']+)'/.exec(subject)
  return branch?.[1]?.replace(/^origin\//, '')
}

async function defaultBranch(cwd: string, configured?: string): Promise<string | undefined> {
  if (configured) {
    for (const ref of [`refs/remotes/origin/${configured}`, `refs/heads/${configured}`])
      if (await runGit(cwd, ['rev-parse', '--verify', '-q', ref])) return ref
    return undefined
  }
  return (
    (await runGit(cwd, ['symbolic-ref', '-q', 'refs/remotes/origin/HEAD']))?.trim() || undefined
  )
}

async function reverts(cwd: string): Promise<RevertCommit[]> {
  const log = await runGit(cwd, [
    'log',
    '-z',
    '-E',
    '--grep=This reverts commit [0-9a-f]{7,}',
    '--format=%H%x00%aI%x00%B',
    'HEAD'
  ])
  const fields = (log ?? '').split('\0')
  const found: RevertCommit[] = []
  for (let index = 0; index + 2 < fields.length; index += 3) {
    const commit = (fields[index] ?? '').replace(/^\n/, '')
    const body = fields[index + 2] ?? ''
    const reverted = [...body.matchAll(/This reverts commit ([0-9a-f]{7,64})/g)].flatMap((match) =>
      match[1] ? [match[1]] : []
    )
    if (commit && reverted.length > 0)
      found.push({
        commit,
        date: new Date(fields[index + 1] ?? '').toISOString().replace(/\.\d{3}Z$/, 'Z'),
        reverts: reverted
      })
  }
  return found
}
