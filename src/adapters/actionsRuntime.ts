import * as core from '@actions/core'
import type { SummaryFinding } from '../core/render/renderCheckSummary.js'

/** The Actions runtime protocol (INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, workflow commands) as planmark uses it. */
export const actionsRuntime = {
  /** An input as a string, empty when not set. */
  input: (name: string): string => core.getInput(name),
  /** A multi-line input as its non-empty lines. */
  lines: (name: string): string[] => core.getMultilineInput(name),
  output: (name: string, value: string | number): void => core.setOutput(name, value),
  /** Annotates a finding on its file and line (`path` relative to the repository root). */
  annotate(finding: SummaryFinding): void {
    const properties = {
      title: finding.ruleId ? `planmark ${finding.ruleId}` : 'planmark',
      file: finding.path,
      startLine: finding.line,
      startColumn: finding.column
    }
    if (finding.severity === 'error') core.error(finding.reason, properties)
    else if (finding.severity === 'warning') core.warning(finding.reason, properties)
    else core.notice(finding.reason, properties)
  },
  notice: (message: string): void => core.notice(message),
  /** Appends Markdown to the job summary. */
  summary: async (markdown: string): Promise<void> => {
    await core.summary.addRaw(markdown).write()
  },
  fail: (message: string): void => core.setFailed(message)
}
