import { join, resolve } from 'node:path'
import { actionsRuntime, type ActionContext } from '../adapters/actionsRuntime.js'
import { isFolder } from '../adapters/isFolder.js'
import type { CheckResult } from '../pipeline/checkFiles.js'
import { actionInputs } from './actionInputs.js'
import { resolveMode } from './resolveMode.js'
import { tokenNeeded } from './tokenNeeded.js'
import { cacheStep, type CacheStep } from './cacheStep.js'
import { checkStep } from './checkStep.js'

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
      const { postCommentStep } = await import('./postCommentStep.js')
      sections.push(await postCommentStep(inputs, context))
      return
    }
    const cacheDir = join(context.runnerTemp, 'planmark-cache')
    cache = await cacheStep(inputs, context, { cwd, cacheDir })
    const check = await checkStep(inputs, { workspace: context.workspace, cwd, cacheDir })
    sections.push(check.summary)
    cacheUse = check.result.cacheUse
    if (mode === 'comment') {
      const { commentStep } = await import('./commentStep.js')
      sections.push(await commentStep(inputs, context, { cwd, check: check.result }))
    }
    const { config } = check.result
    if (mode === 'commit') {
      const [{ commitStep }, { analyze }, gitHubEvidence] = await Promise.all([
        import('./commitStep.js'),
        import('../pipeline/analyze.js'),
        inputs.token && config.evidence.github && config.evidence.outcomes
          ? gitHubPulls(inputs.token, context.repository)
          : undefined
      ])
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
    }
    if (mode === 'weekly') {
      const { weeklyStep } = await import('./weeklyStep.js')
      sections.push(...(await weeklyStep(inputs, context, cwd, config)))
    }
    if (check.failure) runtime.fail(check.failure)
  } catch (error) {
    runtime.fail(error instanceof Error ? error.message : String(error))
  } finally {
    // After every step: the commit step's analyze may add entries.
    if (cache) sections.push(await cache.finish(cacheUse))
    if (sections.length > 0) await runtime.summary(sections.join('\n'))
  }
}

/** Outcome evidence from GitHub's pull requests, loading the API client only when it is used. */
async function gitHubPulls(token: string, repository: ActionContext['repository']) {
  const [{ githubApi }, { learnPulls }] = await Promise.all([
    import('../adapters/githubApi.js'),
    import('../pipeline/learnPulls.js')
  ])
  return learnPulls(githubApi(token, repository), (message) => actionsRuntime.notice(message))
}
