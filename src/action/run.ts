import { join, resolve } from 'node:path'
import { actionsRuntime } from '../adapters/actionsRuntime.js'
import { isFolder } from '../adapters/isFolder.js'
import { githubApi } from '../adapters/githubApi.js'
import { analyze } from '../pipeline/analyze.js'
import type { CheckResult } from '../pipeline/checkFiles.js'
import { learnPulls } from '../pipeline/learnPulls.js'
import { actionInputs } from './actionInputs.js'
import { resolveMode } from './resolveMode.js'
import { tokenNeeded } from './tokenNeeded.js'
import { cacheStep, type CacheStep } from './cacheStep.js'
import { checkStep } from './checkStep.js'
import { commentStep } from './commentStep.js'
import { commitStep } from './commitStep.js'
import { postCommentStep } from './postCommentStep.js'
import { weeklyStep } from './weeklyStep.js'

/**
 * The Action: picks the mode (the `mode` input, or by event for `auto`),
 * runs the CLI's pipeline for it (check; comment on a pull request; commit
 * the regenerated analytics on a push; the weekly report on a schedule),
 * writes the job summary and fails at the `fail-on` severity.
 */
export async function run(): Promise<void> {
  const runtime = actionsRuntime
  // What was done is summarised even when a later step fails.
  const sections: string[] = []
  let cache: CacheStep | undefined
  let cacheUse: CheckResult['cacheUse']
  try {
    const inputs = actionInputs()
    const context = runtime.context()
    const mode = resolveMode(inputs.mode, context.eventName)
    const cwd = resolve(context.workspace, inputs.workingDirectory)
    if (!(await isFolder(cwd)))
      throw new Error(
        `Input working-directory: the folder ${inputs.workingDirectory} does not exist in the workspace (${cwd}); check the path, and that actions/checkout ran before planmark.`
      )
    const missingToken = tokenNeeded(mode, inputs)
    if (missingToken && !inputs.token) throw new Error(missingToken)
    if (mode === 'comment' && context.eventName === 'workflow_run') {
      sections.push(await postCommentStep(inputs, context))
      return
    }
    const cacheDir = join(context.runnerTemp, 'planmark-cache')
    cache = await cacheStep(inputs, context, { cwd, cacheDir })
    const check = await checkStep(inputs, { workspace: context.workspace, cwd, cacheDir })
    sections.push(check.summary)
    cacheUse = check.result.cacheUse
    if (mode === 'comment')
      sections.push(await commentStep(inputs, context, { cwd, check: check.result }))
    const { config } = check.result
    const gitHubEvidence =
      inputs.token && config.evidence.github && config.evidence.outcomes
        ? learnPulls(githubApi(inputs.token, context.repository), (message) =>
            runtime.notice(message)
          )
        : undefined
    if (mode === 'commit')
      sections.push(
        await commitStep(inputs, context, cwd, {
          generate: async (treeCwd) =>
            (
              await analyze(inputs.paths, {
                cwd: treeCwd,
                configPath: inputs.config,
                cacheDir,
                ...(gitHubEvidence ? { learnPulls: gitHubEvidence } : {})
              })
            ).outputs,
          outputDirs: [config.metricsDir, config.reportsDir],
          headline: inputs.commitMessage || 'planmark: update analytics',
          reportPath: `${config.reportsDir}/report.md`
        })
      )
    if (mode === 'weekly') sections.push(...(await weeklyStep(inputs, context, cwd, config)))
    if (check.failure) runtime.fail(check.failure)
  } catch (error) {
    runtime.fail(error instanceof Error ? error.message : String(error))
  } finally {
    // After every step: the commit step's analyze may add entries.
    if (cache) sections.push(await cache.finish(cacheUse))
    if (sections.length > 0) await runtime.summary(sections.join('\n'))
  }
}
