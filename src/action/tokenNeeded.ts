import type { ActionInputs } from './actionInputs.js'

/**
 * Why a mode cannot run without `github-token`, with the permission it
 * needs; undefined when it can. Checked before anything is written, so a run
 * never half-lands (a report committed, then the issue failing).
 */
export function tokenNeeded(
  mode: Exclude<ActionInputs['mode'], 'auto'>,
  inputs: Pick<ActionInputs, 'weeklyIssue' | 'dryRun'>
): string | undefined {
  if (inputs.dryRun || (mode !== 'commit' && mode !== 'weekly')) return undefined
  const permissions =
    mode === 'weekly' && inputs.weeklyIssue
      ? 'contents: write and issues: write'
      : 'contents: write'
  return `Input github-token is empty: the ${mode} mode commits through GitHub's API and needs a token with ${permissions}. Pass github-token: \${{ github.token }} and give the job "permissions: ${permissions}".`
}
