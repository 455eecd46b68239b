import { setTimeout as sleep } from 'node:timers/promises'
import { gitBlobId } from '../adapters/gitBlobId.js'
import { gitBranchHead } from '../adapters/gitBranchHead.js'
import { filesAtCommit } from '../adapters/gitHistory.js'
import { gitPushCommit, type PushOutcome } from '../adapters/gitPushCommit.js'
import type { FileAddition, GitHubApi } from '../adapters/githubApi.js'
import { GitHubApiError } from '../adapters/githubApiError.js'
import { gitWorktree } from '../adapters/gitWorktree.js'
import { runGit } from '../adapters/runGit.js'

/** Options of `commitBack`. */
export interface CommitBackOptions {
  /** The root of the checked-out repository. */
  root: string
  /** The branch to commit to. */
  branch: string
  /** The commit checked out at `root` when it is `branch`'s head (so the first attempt needs no fetch). */
  checkedOut?: string
  /** Produces the files from a checkout at `root` (paths relative to the repository root). */
  generate: (root: string) => Promise<FileAddition[]>
  /** Whether the files come from the branch itself, so a moved head means generating them again. */
  regenerateOnMove: boolean
  /** The folders the files must stay in (never write outside the configured output folders). */
  allowedDirs: readonly string[]
  headline: string
  /**
   * What identifies this run (its address, attempt included), written into
   * the commit message: only a commit that carries it counts as this run's
   * when an answer was lost, never one an earlier run or attempt made.
   */
  runMarker: string
  /** The API to commit with; without it (or where it lacks `createCommitOnBranch`), git pushes. */
  api?: GitHubApi
  /** Compute what would be committed, commit nothing. */
  dryRun?: boolean
  /** How long moved heads may be retried, in milliseconds (default 120 s). */
  budgetMs?: number
  onNotice?: (message: string) => void
}

/** What `commitBack` did. */
export interface CommitBackResult {
  /** Whether the files differ from the branch's (and, unless a dry run, were committed). */
  changed: boolean
  /** The files as last generated. */
  files: FileAddition[]
  /** The paths whose bytes changed. */
  changedPaths: string[]
  /** The new commit, when one landed. */
  commit?: string
  /** How many commits were attempted (more than one when the branch moved). */
  attempts: number
}

/** How an attempt to commit ended; `unsupported` when the API has no `createCommitOnBranch`. */
type LandOutcome = PushOutcome | { kind: 'unsupported' }

/** A commit GitHub or git refused for good, with the fix in the message. */
export class CommitError extends Error {
  override name = 'CommitError'
}

/**
 * Commits the generated files to a branch only when their bytes changed: one
 * commit through the API (`createCommitOnBranch` with `expectedHeadOid`, so
 * it is Verified), or git without force where the API cannot. When the branch
 * moved in between, re-reads its head, generates the files again from it when
 * they depend on it, and retries with exponential backoff and jitter within
 * the time budget.
 */
export async function commitBack(options: CommitBackOptions): Promise<CommitBackResult> {
  const deadline = Date.now() + (options.budgetMs ?? 120_000)
  const branchHead = async () => {
    const head = await gitBranchHead(options.root, options.branch)
    if (!head)
      throw new CommitError(
        `Branch ${options.branch} was not found on origin: create it first, or set commit-branch to an existing branch.`
      )
    return head
  }
  let head = options.checkedOut ?? (await branchHead())
  let files = await options.generate(options.root)
  // Set once GraphQL turns out to lack createCommitOnBranch (older GitHub Enterprise Server).
  let useGit = false
  let worktree: Awaited<ReturnType<typeof gitWorktree>> | undefined
  try {
    for (let attempt = 1; ; attempt++) {
      for (const file of files)
        if (!options.allowedDirs.some((dir) => file.path.startsWith(`${dir}/`)))
          throw new CommitError(
            `Refusing to commit ${file.path}: it is outside ${options.allowedDirs.join(' and ')}.`
          )
      const changedPaths = await changedFiles(options.root, head, files)
      if (changedPaths.length === 0) {
        // After a failed attempt, the head may be this run's own commit whose answer was
        // lost (a network failure after GitHub made it): recognise it by the run's marker,
        // so a rerun finding an earlier run's identical commit reports that it did nothing.
        if (
          attempt > 1 &&
          options.runMarker &&
          (await messageOf(options.root, head)).includes(options.runMarker)
        )
          return { changed: true, files, changedPaths: [], commit: head, attempts: attempt - 1 }
        return { changed: false, files, changedPaths, attempts: attempt - 1 }
      }
      if (options.dryRun) return { changed: true, files, changedPaths, attempts: attempt - 1 }
      const changes = files.filter((file) => changedPaths.includes(file.path))
      let outcome: LandOutcome | undefined
      if (options.api && !useGit) {
        outcome = await commitThroughApi(options.api, options, head, changes)
        if (outcome.kind === 'unsupported') {
          options.onNotice?.(
            'planmark: this GitHub has no createCommitOnBranch; committing with git push instead (the commit will not show as Verified).'
          )
          useGit = true
        }
      }
      if (!outcome || outcome.kind === 'unsupported')
        outcome = await gitPushCommit(options.root, {
          parent: head,
          branch: options.branch,
          headline: options.headline,
          body: commitBody(options.runMarker),
          files: changes
        })
      if (outcome.kind === 'landed')
        return { changed: true, files, changedPaths, commit: outcome.oid, attempts: attempt }
      if (outcome.kind === 'refused')
        throw new CommitError(refusal(outcome.reason, options.branch, outcome.detail))
      const wait = 500 * 2 ** (attempt - 1) * (0.5 + Math.random() / 2)
      if (Date.now() + wait > deadline)
        throw new CommitError(
          `${options.branch} kept moving: gave up after ${attempt} attempts. Nothing was committed; the next run will try again.`
        )
      options.onNotice?.(
        `planmark: ${options.branch} moved while committing; ${options.regenerateOnMove ? 'regenerating from' : 'committing on'} its new head (attempt ${attempt + 1}).`
      )
      await sleep(wait)
      head = await branchHead()
      if (options.regenerateOnMove) {
        await worktree?.remove()
        worktree = await gitWorktree(options.root, head)
        files = await options.generate(worktree.path)
      }
    }
  } finally {
    await worktree?.remove()
  }
}

/** A commit's whole message. */
async function messageOf(root: string, commit: string): Promise<string> {
  return (await runGit(root, ['log', '-1', '--format=%B', commit])) ?? ''
}

/** The commit message's body: which run made the commit. */
function commitBody(runMarker: string): string {
  return runMarker ? `Generated by planmark in ${runMarker}` : 'Generated by planmark.'
}

/** The paths of `files` whose bytes differ from the blobs at `commit`. */
async function changedFiles(
  root: string,
  commit: string,
  files: readonly FileAddition[]
): Promise<string[]> {
  const listed = await filesAtCommit(
    root,
    commit,
    files.map((file) => file.path)
  )
  const blobs = new Map(listed.map((file) => [file.path, file.blobId]))
  return files
    .filter((file) => blobs.get(file.path) !== gitBlobId(Buffer.from(file.content)))
    .map((file) => file.path)
}

async function commitThroughApi(
  api: GitHubApi,
  options: CommitBackOptions,
  head: string,
  files: FileAddition[]
): Promise<LandOutcome> {
  try {
    const oid = await api.createCommitOnBranch({
      branch: options.branch,
      expectedHeadOid: head,
      headline: options.headline,
      body: commitBody(options.runMarker),
      files
    })
    return { kind: 'landed', oid }
  } catch (error) {
    if (!(error instanceof GitHubApiError)) throw error
    if (error.kind === 'stale') return { kind: 'stale' }
    if (error.kind === 'unsupported') return { kind: 'unsupported' }
    if (error.kind === 'forbidden' || error.kind === 'protected')
      return { kind: 'refused', reason: error.kind, detail: error.message }
    throw new CommitError(`GitHub refused the commit to ${options.branch}: ${error.message}`)
  }
}

/** The message for a refused commit: what is missing and how to fix it. */
function refusal(
  reason: 'forbidden' | 'protected' | 'other',
  branch: string,
  detail: string
): string {
  if (reason === 'forbidden')
    return `planmark could not commit to ${branch}: the token lacks the contents: write permission (${detail}). Add "permissions: contents: write" to the job, or pass a GitHub App token as github-token.`
  if (reason === 'protected')
    return `planmark could not commit to ${branch}: the branch is protected (${detail}). Commit to a dedicated branch with commit-branch (e.g. planmark-data), or pass the token of a GitHub App allowed to bypass the rule as github-token.`
  return `planmark could not commit to ${branch}: ${detail}`
}
