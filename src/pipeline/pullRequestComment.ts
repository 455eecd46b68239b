import { gitRenames } from '../adapters/gitRenames.js'
import { isShallowClone } from '../adapters/isShallowClone.js'
import { missingRefProblem } from '../adapters/missingRefProblem.js'
import { runGit } from '../adapters/runGit.js'
import { followRenames } from '../core/aggregate/followRenames.js'
import {
  renderPullRequestComment,
  type PullRequestComment
} from '../core/render/renderPullRequestComment.js'
import { checkFiles, type CheckOptions, type CheckResult } from './checkFiles.js'
import { plansAtCommits } from './plansAtCommits.js'
import { HistoryError } from './historyError.js'

/** Options of `pullRequestComment`. */
export interface PullRequestCommentOptions extends Pick<
  CheckOptions,
  'cwd' | 'configPath' | 'config' | 'cacheDir' | 'workers'
> {
  /** The branch or commit the pull request goes into, e.g. `origin/main`. */
  base: string
  /** A link to the full report, shown at the end. */
  reportUrl?: string
  /** The address of the head commit's files in `cwd`: plans and findings link there. */
  fileUrl?: string
  /** The working tree's check, when the caller has it already. */
  check?: CheckResult
}

/**
 * The sticky pull-request comment for the working tree against `base`: the
 * plans the change touches, measured against the merge base (not against an
 * earlier run), and the findings it adds.
 */
export async function pullRequestComment(
  options: PullRequestCommentOptions
): Promise<PullRequestComment> {
  const cwd = options.cwd ?? process.cwd()
  const mergeBase = (await runGit(cwd, ['merge-base', 'HEAD', options.base]))?.trim()
  if (!mergeBase) {
    const shallow = await isShallowClone(cwd)
    // A full clone that lacks the ref lacks a remote or a fetch, not history.
    const problem = shallow ? undefined : await missingRefProblem(cwd, options.base)
    throw new HistoryError(
      problem ??
        `No merge base of HEAD and ${options.base}${shallow ? ' in this shallow clone' : ''}: the change is measured at the merge base, so fetch the history (actions/checkout with fetch-depth: 0).`
    )
  }
  const check = options.check ?? (await checkFiles([], options))
  const [diff, renames] = await Promise.all([
    runGit(cwd, ['diff', '--relative', '--name-only', '-z', mergeBase, '--', '.']),
    gitRenames(cwd, mergeBase)
  ])
  const touched = new Set(diff?.split('\0').filter(Boolean) ?? [])
  // Only the plans the change touches are compared: the others' records are not built.
  const [base = []] = await plansAtCommits(
    cwd,
    [mergeBase],
    check.config,
    check.checkedByBlob,
    (path) => touched.has(renames.get(path) ?? path)
  )
  return renderPullRequestComment({
    head: check.plans,
    base: followRenames(base, renames),
    touched,
    ...(options.fileUrl ? { fileUrl: options.fileUrl } : {}),
    ...(options.reportUrl ? { reportUrl: options.reportUrl } : {})
  })
}
