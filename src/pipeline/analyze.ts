import { gitSource } from '../adapters/gitSource.js'
import { aggregate, type Analytics } from '../core/aggregate/aggregate.js'
import { renderReport } from '../core/render/renderReport.js'
import { stableJson } from '../core/stableJson.js'
import { checkFiles, type CheckOptions, type CheckResult } from './checkFiles.js'

/** A file `analyze` produces, its path relative to the working directory. */
export interface OutputFile {
  path: string
  content: string
}

/** The outcome of `analyze`: the check, the analytics, and the files to write. */
export interface AnalyzeResult {
  check: CheckResult
  analytics: Analytics
  outputs: OutputFile[]
}

/**
 * Checks the documents under `paths` and computes the analytics and the
 * report from them, with the source commit from git. Writes nothing: the
 * files are returned, in a fixed order, for the caller to write.
 */
export async function analyze(
  paths: readonly string[],
  options: CheckOptions & { outDir?: string } = {}
): Promise<AnalyzeResult> {
  const check = await checkFiles(paths, options)
  const cwd = options.cwd ?? process.cwd()
  const { config } = check
  const metricsDir = options.outDir ?? config.metricsDir
  const source = await gitSource(cwd, [metricsDir, config.reportsDir])
  const analytics = aggregate(
    check.files.flatMap(({ parsed }) => (parsed ? [parsed] : [])),
    { config, source, promptRevisions: check.promptRevisions }
  )
  const outputs: OutputFile[] = [
    { path: `${metricsDir}/plans.json`, content: stableJson(analytics.plans) },
    {
      path: `${metricsDir}/agent_performance.json`,
      content: stableJson(analytics.agentPerformance)
    },
    { path: `${metricsDir}/task_analytics.json`, content: stableJson(analytics.taskAnalytics) },
    {
      path: `${metricsDir}/prompt_effectiveness.json`,
      content: stableJson(analytics.promptEffectiveness)
    },
    {
      path: `${config.reportsDir}/report.md`,
      content: renderReport(analytics, { reportDir: config.reportsDir })
    }
  ]
  return { check, analytics, outputs }
}
