import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const root = new URL('../..', import.meta.url).pathname

/** Reads a GITHUB_OUTPUT file written by @actions/core (`name<<delimiter` blocks). */
export function parseOutputs(text: string): Record<string, string> {
  const outputs: Record<string, string> = {}
  const pattern = /^(.+?)<<(.+)\n([\s\S]*?)\n\2$/gm
  for (const [, name, , value] of text.matchAll(pattern)) if (name) outputs[name] = value ?? ''
  return outputs
}

/** One run of the bundled Action. */
export interface ActionRun {
  status: number | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  summary: string
}

/** How to run the Action: its inputs, the event, and other GITHUB_* variables. */
export interface ActionRunOptions {
  workspace: string
  inputs?: Record<string, string>
  /** GITHUB_EVENT_NAME and the webhook payload GITHUB_EVENT_PATH points at. */
  event?: { name: string; payload: unknown }
  env?: Record<string, string>
}

/**
 * Runs `dist/index.js` as a child process the way the runner does: inputs as
 * INPUT_* variables, the event payload in a file, fresh GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, and nothing else from the test's environment.
 * Asynchronous, so a server in the test process can answer it.
 */
export async function runAction(options: ActionRunOptions): Promise<ActionRun> {
  const runnerTemp = mkdtempSync(join(tmpdir(), 'planmark-runner-'))
  const outputFile = join(runnerTemp, 'output')
  const summaryFile = join(runnerTemp, 'summary')
  const eventFile = join(runnerTemp, 'event.json')
  writeFileSync(outputFile, '')
  writeFileSync(summaryFile, '')
  writeFileSync(eventFile, JSON.stringify(options.event?.payload ?? {}))
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? runnerTemp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    GITHUB_EVENT_NAME: options.event?.name ?? 'workflow_dispatch',
    GITHUB_EVENT_PATH: eventFile,
    RUNNER_TEMP: runnerTemp,
    ...options.env
  }
  for (const [name, value] of Object.entries(options.inputs ?? {}))
    env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(process.execPath, [join(root, 'dist/index.js')], {
    cwd: options.workspace,
    env
  })
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
  child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
  const status = await new Promise<number | null>((resolve) => child.on('close', resolve))
  return {
    status,
    stdout,
    stderr,
    outputs: parseOutputs(readFileSync(outputFile, 'utf8')),
    summary: readFileSync(summaryFile, 'utf8')
  }
}
