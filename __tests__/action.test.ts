import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { runAction } from './helpers/runAction.js'

// Processes, git repositories, servers or many generated runs: allow for a slow machine.
vi.setConfig({ testTimeout: 60_000 })

const root = new URL('..', import.meta.url).pathname

/** Runs the bundled Action in check mode with `inputs`, in `workspace`. */
function runCheck(inputs: Record<string, string>, workspace: string) {
  return runAction({ workspace, inputs: { mode: 'check', ...inputs } })
}

function exampleWorkspace(): string {
  const workspace = mkdtempSync(join(tmpdir(), 'planmark-workspace-'))
  cpSync(join(root, 'examples'), join(workspace, 'examples'), { recursive: true })
  return workspace
}

describe('the Action (dist/index.js) in check mode', () => {
  test('annotates findings on their lines, writes outputs and the job summary', async () => {
    const run = await runCheck({ 'working-directory': 'examples' }, exampleWorkspace())
    expect(run.status).toBe(0) // examples/planmark.config.json: failOn never
    expect(run.stdout).toContain(
      '::error title=planmark status-completed-unchecked,file=examples/agents/performance/execution_plans/2025-01-30_claude-sonnet-4_performance-system.md,line=121,col=26::Expected every success criterion and step checked'
    )
    expect(run.outputs).toMatchObject({
      documents: '40',
      'plans-total': '29',
      errors: '5',
      warnings: '17'
    })
    expect(Number(run.outputs['tasks-done'])).toBeLessThanOrEqual(
      Number(run.outputs['tasks-total'])
    )
    expect(run.outputs.completion).toBe(
      ((100 * Number(run.outputs['tasks-done'])) / Number(run.outputs['tasks-total'])).toFixed(1)
    )
    expect(run.summary).toContain('## planmark check')
    expect(run.summary).toContain(
      '| examples/agents/performance/execution\\_plans/2025-01-30\\_claude-sonnet-4\\_performance-system.md | plan | claude-sonnet-4 | completed | 19/24 | 79% |'
    )
  })

  test('keeps to ten annotations per level and says how many were left out', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'planmark-many-'))
    const items = Array.from({ length: 25 }, (_, index) => `- [~] item ${index}`).join('\n')
    writeFileSync(join(workspace, 'tasks.md'), `# Many\n\n${items}\n`)
    const run = await runCheck({}, workspace)
    const warnings = run.stdout.split('\n').filter((line) => line.startsWith('::warning '))
    expect(warnings).toHaveLength(10)
    expect(run.stdout).toContain(
      '::notice::planmark: 15 more findings are listed in the job summary.'
    )
    expect(run.summary.match(/\| warning \|/g)).toHaveLength(25)
  })

  test('fails the step at the fail-on severity, and on a bad input', async () => {
    const failing = await runCheck(
      { 'working-directory': 'examples', 'fail-on': 'error' },
      exampleWorkspace()
    )
    expect(failing.status).toBe(1)
    expect(failing.stdout).toMatch(
      /::error::planmark: 40 documents checked .*5 errors.*\(fail-on: error\)/
    )
    const bad = await runCheck({ 'fail-on': 'sometimes' }, exampleWorkspace())
    expect(bad.status).toBe(1)
    expect(bad.stdout).toContain(
      '::error::Input fail-on must be error, warning or never; found "sometimes".'
    )
  })

  test('document text cannot inject workflow commands or Markdown', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'planmark-hostile-'))
    writeFileSync(
      join(workspace, 'plan.md'),
      [
        '# EXECUTION PLAN: Hostile',
        '',
        '**Agent**: `<img src=x onerror=alert(1)>` @octocat  ',
        '**Start Time**: 2026-11-02T09:00:00Z  ',
        '**Estimated Duration**: 30 minutes  ',
        '**Task Category**: debugging  ',
        '**Complexity**: x%0A::add-mask::secret',
        ''
      ].join('\n')
    )
    const run = await runCheck({ paths: 'plan.md' }, workspace)
    // The value reaches the annotation, escaped so it stays on one line.
    expect(run.stdout).toContain('found `x%250A::add-mask::secret`')
    expect(run.stdout.split('\n').some((line) => line.startsWith('::add-mask::'))).toBe(false)
    // The agent reaches the summary table as inert text.
    expect(run.summary).toContain('| &lt;img-src=x-onerror=alert\\(1\\)&gt;-@\u200boctocat |')
    expect(run.summary).not.toContain('<img')
  })
})
