import { actionsRuntime, type ActionContext } from '../adapters/actionsRuntime.js'
import { githubApi } from '../adapters/githubApi.js'
import { GitHubApiError } from '../adapters/githubApiError.js'
import { lastFullWeek } from '../core/isoWeek.js'
import type { ResolvedConfig } from '../core/resolveConfig.js'
import { publishWeeklyIssue } from '../pipeline/publishWeeklyIssue.js'
import { weeklyReport } from '../pipeline/weeklyReport.js'
import type { ActionInputs } from './actionInputs.js'
import { commitStep } from './commitStep.js'

/**
 * The weekly report of an ISO week (the `week` input, else the last full
 * week in UTC) from git history, committed like the analytics (the same
 * file on a rerun) and, with `weekly-issue`, kept in one issue per week.
 * Returns the job summary's sections.
 */
export async function weeklyStep(
  inputs: ActionInputs,
  context: ActionContext,
  cwd: string,
  config: ResolvedConfig
): Promise<string[]> {
  const week = !inputs.week || inputs.week === 'last' ? lastFullWeek(context.now) : inputs.week
  const reportPath = `${config.reportsDir}/weekly/${week}.md`
  let report = ''
  const sections = [
    await commitStep(inputs, context, cwd, {
      generate: async (treeCwd) => {
        const output = await weeklyReport({ cwd: treeCwd, configPath: inputs.config, week })
        report = output.content
        return [output]
      },
      outputDirs: [config.reportsDir],
      headline: inputs.commitMessage || `planmark: weekly report ${week}`,
      reportPath
    })
  ]
  if (inputs.weeklyIssue && !inputs.dryRun) {
    const issue = await publishWeeklyIssue(
      githubApi(inputs.token, context.repository),
      week,
      report,
      reportPath
    ).catch((error: unknown) => {
      if (error instanceof GitHubApiError && error.kind === 'forbidden')
        throw new Error(
          `planmark could not write the weekly issue: the token lacks the issues: write permission (${error.message}). Add "permissions: issues: write" to the job, or set weekly-issue: off.`
        )
      throw error
    })
    actionsRuntime.output('weekly-issue-url', issue.url)
    sections.push(`**Weekly issue**: ${issue.action}: ${issue.url}\n`)
  }
  return sections
}
