import { join, resolve } from 'node:path'
import { actionsRuntime } from '../adapters/actionsRuntime.js'
import { githubApi } from '../adapters/githubApi.js'
import { lastFullWeek } from '../core/isoWeek.js'
import { analyze } from '../pipeline/analyze.js'
import { publishWeeklyIssue } from '../pipeline/publishWeeklyIssue.js'
import { weeklyReport } from '../pipeline/weeklyReport.js'
import { actionInputs, resolveMode } from './actionInputs.js'
import { checkStep } from './checkStep.js'
import { commentStep } from './commentStep.js'
import { commitStep } from './commitStep.js'
import { postCommentStep } from './postCommentStep.js'

/**
 * The Action: picks the mode (the `mode` input, or by event for `auto`),
 * runs the CLI's pipeline for it (check; comment on a pull request; commit
 * the regenerated analytics on a push; the weekly report on a schedule),
 * writes the job summary and fails at the `fail-on` severity.
 */
export async function run(): Promise<void> {
  const runtime = actionsRuntime
  try {
    const inputs = actionInputs()
    const context = runtime.context()
    const mode = resolveMode(inputs.mode, context.eventName)
    const cwd = resolve(context.workspace, inputs.workingDirectory)
    if (mode === 'comment' && context.eventName === 'workflow_run') {
      await runtime.summary(await postCommentStep(inputs, context))
      return
    }
    const cacheDir = join(context.runnerTemp, 'planmark-cache')
    const check = await checkStep(inputs, { workspace: context.workspace, cwd, cacheDir })
    const sections = [check.summary]
    if (mode === 'comment')
      sections.push(await commentStep(inputs, context, { cwd, check: check.result }))
    const { config } = check.result
    if (mode === 'commit')
      sections.push(
        await commitStep(inputs, context, cwd, {
          generate: async (treeCwd) =>
            (await analyze(inputs.paths, { cwd: treeCwd, configPath: inputs.config, cacheDir }))
              .outputs,
          outputDirs: [config.metricsDir, config.reportsDir],
          headline: inputs.commitMessage || 'planmark: update analytics',
          reportPath: `${config.reportsDir}/report.md`
        })
      )
    if (mode === 'weekly') {
      const week = !inputs.week || inputs.week === 'last' ? lastFullWeek(context.now) : inputs.week
      let report = ''
      const reportPath = `${config.reportsDir}/weekly/${week}.md`
      sections.push(
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
      )
      if (inputs.weeklyIssue && !inputs.dryRun) {
        const issue = await publishWeeklyIssue(
          githubApi(inputs.token, context.repository),
          week,
          report,
          reportPath
        )
        runtime.output('weekly-issue-url', issue.url)
        sections.push(`**Weekly issue**: ${issue.action}: ${issue.url}\n`)
      }
    }
    await runtime.summary(sections.join('\n'))
    if (check.failure) runtime.fail(check.failure)
  } catch (error) {
    runtime.fail(error instanceof Error ? error.message : String(error))
  }
}
