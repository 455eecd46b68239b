import { readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
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
  fail: (message: string): void => core.setFailed(message),
  /** The secret is masked in the log from now on. */
  secret: (value: string): void => core.setSecret(value),
  /** The run's facts the runner passes in GITHUB_* variables, and the event's webhook payload. */
  context(): ActionContext {
    const env = process.env
    const eventPath = env.GITHUB_EVENT_PATH
    const payload = eventPath ? (JSON.parse(readFileSync(eventPath, 'utf8')) as EventPayload) : {}
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/')
    return {
      eventName: env.GITHUB_EVENT_NAME ?? '',
      payload,
      workspace: env.GITHUB_WORKSPACE ?? process.cwd(),
      sha: env.GITHUB_SHA ?? '',
      ref: env.GITHUB_REF ?? '',
      repository: { owner, repo },
      serverUrl: env.GITHUB_SERVER_URL ?? 'https://github.com',
      runUrl: env.GITHUB_RUN_ID
        ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY ?? ''}/actions/runs/${env.GITHUB_RUN_ID}/attempts/${env.GITHUB_RUN_ATTEMPT ?? '1'}`
        : '',
      runnerTemp: env.RUNNER_TEMP ?? tmpdir(),
      now: new Date()
    }
  }
}

/** The parts of a webhook payload planmark reads (GitHub sends many more). */
export interface EventPayload {
  pull_request?: {
    number: number
    head: { sha: string; repo: { full_name: string } | null }
    base: { sha: string; ref: string; repo: { full_name: string } }
  }
  workflow_run?: {
    head_sha: string
    head_branch: string | null
    event: string
    head_repository: { owner: { login: string } } | null
    pull_requests: Array<{ number: number; head: { sha: string } }>
  }
  sender?: { login: string }
}

/** A run as the Action sees it. */
export interface ActionContext {
  eventName: string
  payload: EventPayload
  workspace: string
  sha: string
  ref: string
  repository: { owner: string; repo: string }
  serverUrl: string
  /** This run and attempt on GitHub (empty outside Actions): what tells this run's commits from a rerun's. */
  runUrl: string
  /** A folder emptied after each job: planmark's cache goes there, never into the checkout. */
  runnerTemp: string
  now: Date
}
