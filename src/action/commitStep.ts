import { join, relative } from 'node:path'
import { actionsRuntime, type ActionContext } from '../adapters/actionsRuntime.js'
import type { FileAddition } from '../adapters/githubApi.js'
import { githubApi } from '../adapters/githubApi.js'
import { isShallowClone } from '../adapters/isShallowClone.js'
import { runGit } from '../adapters/runGit.js'
import { checkOutputPath } from '../adapters/checkOutputPath.js'
import { writeFileAtomic } from '../adapters/writeFileAtomic.js'
import { escapeMarkdown } from '../core/render/escapeMarkdown.js'
import { commitBack } from '../pipeline/commitBack.js'
import type { ActionInputs } from './actionInputs.js'

/** What `commitStep` commits: how to produce the files, where they may go, and what to call the commit. */
export interface CommitPlan {
  /** Produces the files from a checkout (the working directory inside `root`); paths relative to the working directory. */
  generate: (cwd: string) => Promise<FileAddition[]>
  /** Output folders, relative to the working directory. */
  outputDirs: string[]
  headline: string
  /** The file the `report-path` output names, relative to the working directory. */
  reportPath: string
}

/** The branch a run is on, from GITHUB_REF (`refs/heads/<branch>`). */
function branchOf(ref: string): string | undefined {
  return ref.startsWith('refs/heads/') ? ref.slice('refs/heads/'.length) : undefined
}

/**
 * Regenerates files and commits them back when their bytes changed (one
 * commit, through the API with a git fallback, retried when the branch
 * moved), writes them into the checkout, sets `changed`, `commit-sha` and
 * `report-path`, and returns the job summary's section.
 */
export async function commitStep(
  inputs: ActionInputs,
  context: ActionContext,
  cwd: string,
  plan: CommitPlan
): Promise<string> {
  const currentBranch = branchOf(context.ref)
  const branch = inputs.commitBranch || currentBranch
  if (!branch)
    throw new Error(
      `There is no branch to commit to: ${context.ref || 'GITHUB_REF'} is not a branch; set commit-branch.`
    )
  const root = context.workspace
  if (await isShallowClone(root))
    throw new Error(
      'This is a shallow clone: the analytics are dated by the last commit that changed the documents, and the weekly report reads past weeks, so both need the history. Check out with fetch-depth: 0.'
    )
  const prefix = relative(root, cwd).split('\\').join('/')
  const fromRoot = (path: string) => (prefix ? `${prefix}/${path}` : path)
  const checkedOut =
    branch === currentBranch ? (await runGit(root, ['rev-parse', 'HEAD']))?.trim() : undefined
  const result = await commitBack({
    root,
    branch,
    ...(checkedOut ? { checkedOut } : {}),
    generate: async (treeRoot) =>
      (await plan.generate(join(treeRoot, prefix))).map((file) => ({
        ...file,
        path: fromRoot(file.path)
      })),
    regenerateOnMove: branch === currentBranch,
    allowedDirs: plan.outputDirs.map(fromRoot),
    headline: plan.headline,
    runMarker: context.runUrl,
    ...(inputs.token ? { api: githubApi(inputs.token, context.repository) } : {}),
    dryRun: inputs.dryRun,
    onNotice: (message) => actionsRuntime.notice(message)
  })
  // Checked again just before writing: a folder on the way may be a link the checkout brought in.
  for (const file of result.files)
    await writeFileAtomic(await checkOutputPath(root, file.path, 'The output'), file.content)
  actionsRuntime.output('report-path', fromRoot(plan.reportPath))
  actionsRuntime.output('changed', String(result.changed))
  if (result.commit) actionsRuntime.output('commit-sha', result.commit)
  const paths = result.changedPaths.map((path) => `- ${escapeMarkdown(path)}`).join('\n')
  const heading = `**Commit to ${escapeMarkdown(branch)}**`
  if (!result.changed) return `${heading}: unchanged, nothing to commit.\n`
  if (inputs.dryRun) return `${heading}: dry run, would commit:\n\n${paths}\n`
  const retried = result.attempts > 1 ? ` after ${result.attempts} attempts (the branch moved)` : ''
  return `${heading}: ${result.commit ?? ''}${retried}:\n\n${paths}\n`
}
