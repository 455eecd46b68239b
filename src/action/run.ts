import { join, relative, resolve } from 'node:path'
import { actionsRuntime } from '../adapters/actionsRuntime.js'
import { findingOf } from '../core/findingOf.js'
import { renderCheckSummary } from '../core/render/renderCheckSummary.js'
import { selectAnnotations } from '../core/render/selectAnnotations.js'
import { checkFiles, documentsOf } from '../pipeline/checkFiles.js'
import { failingCount, summarize } from '../pipeline/summarize.js'

const failOnValues = new Set(['error', 'warning', 'never'])

/**
 * The Action's `check`: checks the repository's documents with the CLI's
 * pipeline, annotates findings on their lines (within GitHub's caps), writes
 * the job summary and the outputs, and fails at the `fail-on` severity.
 */
export async function run(): Promise<void> {
  const runtime = actionsRuntime
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd()
  try {
    const cwd = resolve(workspace, runtime.input('working-directory') || '.')
    const failOnInput = runtime.input('fail-on')
    if (failOnInput && !failOnValues.has(failOnInput))
      throw new Error(`Input fail-on must be error, warning or never, found "${failOnInput}".`)
    const result = await checkFiles(runtime.lines('paths'), {
      cwd,
      configPath: runtime.input('config') || undefined
    })
    const summary = summarize(result)
    // Annotations and summaries name files from the repository root, as GitHub does.
    const fromRoot = (path: string) => relative(workspace, join(cwd, path)).split('\\').join('/')
    const findings = result.files.flatMap(({ file }) =>
      file.messages.map((message) => findingOf(fromRoot(file.path), message))
    )
    const { annotate, omitted } = selectAnnotations(findings)
    for (const finding of annotate) runtime.annotate(finding)
    if (omitted > 0)
      runtime.notice(`planmark: ${omitted} more findings are listed in the job summary.`)
    const documents = documentsOf(result).map((document) => ({
      ...document,
      identity: { ...document.identity, path: fromRoot(document.identity.path) }
    }))
    await runtime.summary(renderCheckSummary({ headline: summary.line, documents, findings }))
    const done = documents.reduce((sum, document) => sum + document.checkboxes.checked, 0)
    const total = documents.reduce(
      (sum, document) => sum + document.checkboxes.checked + document.checkboxes.unchecked,
      0
    )
    const plans = documents.flatMap((document) => (document.kind === 'plan' ? [document] : []))
    runtime.output('documents', summary.documents)
    runtime.output('plans-total', plans.length)
    runtime.output(
      'plans-completed',
      plans.filter((plan) => plan.finalStatus?.completionStatus === 'completed').length
    )
    runtime.output('tasks-done', done)
    runtime.output('tasks-total', total)
    runtime.output('completion', total === 0 ? '0' : ((100 * done) / total).toFixed(1))
    runtime.output('errors', summary.errors)
    runtime.output('warnings', summary.warnings)
    const failOn = (failOnInput || result.config.failOn) as 'error' | 'warning' | 'never'
    const failing = failingCount(summary, failOn)
    if (failing > 0) runtime.fail(`${summary.line} (fail-on: ${failOn})`)
  } catch (error) {
    runtime.fail(error instanceof Error ? error.message : String(error))
  }
}
