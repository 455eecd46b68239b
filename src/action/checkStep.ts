import { join, relative } from 'node:path'
import { actionsRuntime } from '../adapters/actionsRuntime.js'
import { findingOf } from '../core/findingOf.js'
import { renderCheckSummary } from '../core/render/renderCheckSummary.js'
import { selectAnnotations } from '../core/render/selectAnnotations.js'
import { checkFiles, documentsOf, type CheckResult } from '../pipeline/checkFiles.js'
import { failingCount, summarize } from '../pipeline/summarize.js'
import type { ActionInputs } from './actionInputs.js'

/** What the check step found: the result, its job-summary section, and the failure it calls for. */
export interface CheckStep {
  result: CheckResult
  summary: string
  /** The message to fail the step with (at the `fail-on` severity), if any. */
  failure: string | undefined
}

/**
 * Checks the repository's documents with the CLI's pipeline, annotates the
 * findings on their lines (within GitHub's caps: the most severe first, then
 * one notice with the count left out), sets the count outputs and returns
 * the job summary's section.
 */
export async function checkStep(
  inputs: ActionInputs,
  where: { workspace: string; cwd: string; cacheDir: string }
): Promise<CheckStep> {
  const { workspace, cwd, cacheDir } = where
  const runtime = actionsRuntime
  const result = await checkFiles(inputs.paths, {
    cwd,
    configPath: inputs.config,
    cacheDir,
    onNotice: (message) => actionsRuntime.notice(message)
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
  const failOn = inputs.failOn ?? result.config.failOn
  const failing = failingCount(summary, failOn)
  return {
    result,
    summary: renderCheckSummary({ headline: summary.line, documents, findings }),
    failure: failing > 0 ? `${summary.line} (fail-on: ${failOn})` : undefined
  }
}
