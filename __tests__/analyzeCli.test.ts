import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { commitAll, git } from './helpers/git.js'
import { runCli } from './helpers/runCli.js'
import { copyOfExamples } from './helpers/copyOfExamples.js'

const examples = new URL('../examples', import.meta.url).pathname
const metrics = 'agents/performance/metrics/current'
const outputs = [
  `${metrics}/plans.json`,
  `${metrics}/agent_performance.json`,
  `${metrics}/task_analytics.json`,
  `${metrics}/prompt_effectiveness.json`,
  'agents/performance/reports/report.md'
]

function exampleCopy(): string {
  return copyOfExamples('planmark-analyze-')
}

describe('planmark analyze', () => {
  test('writes the four JSON files and the report, then leaves unchanged files alone', async () => {
    const dir = exampleCopy()
    const first = await runCli(['analyze', '--cwd', dir])
    expect(first.code).toBe(0)
    for (const path of outputs) expect(first.stdout).toContain(`wrote     ${path}`)
    expect(first.stdout).toContain('Report: agents/performance/reports/report.md')
    const bytes = outputs.map((path) => readFileSync(join(dir, path), 'utf8'))
    const second = await runCli(['analyze', '--cwd', dir])
    for (const path of outputs) expect(second.stdout).toContain(`unchanged ${path}`)
    expect(outputs.map((path) => readFileSync(join(dir, path), 'utf8'))).toEqual(bytes)
    const plans = JSON.parse(bytes[0] ?? '')
    expect(plans.schemaVersion).toBe(1)
    expect(plans.plans).toHaveLength(31)
  })

  test('the source is the last commit that changed a document, and uncommitted edits are said', async () => {
    const dir = exampleCopy()
    commitAll(dir, 'documents', '2026-11-20T10:00:00Z')
    const documents = git(dir, ['rev-parse', 'HEAD']).trim()
    writeFileSync(join(dir, 'NOTES.txt'), 'not a document\n')
    commitAll(dir, 'notes', '2026-11-21T10:00:00Z')
    await runCli(['analyze', '--cwd', dir])
    const plans = () => JSON.parse(readFileSync(join(dir, outputs[0] ?? ''), 'utf8'))
    expect(plans().source).toEqual({ commit: documents, date: '2026-11-20T10:00:00Z' })
    const plan = join(
      dir,
      'agents/performance/execution_plans/2025-02-13_cursor-agent_dark-mode-toggle.md'
    )
    writeFileSync(plan, `${readFileSync(plan, 'utf8')}\n- [ ] one more\n`)
    await runCli(['analyze', '--cwd', dir])
    expect(plans().source).toEqual({
      commit: documents,
      date: '2026-11-20T10:00:00Z',
      uncommittedChanges: true
    })
    expect(readFileSync(join(dir, outputs[4] ?? ''), 'utf8')).toContain(
      `from commit \`${documents.slice(0, 12)}\` (2026-11-20T10:00:00Z) and uncommitted changes to its documents`
    )
  })

  test('a plan moved with git mv keeps the reviewer scores of the analyses that link its old path', async () => {
    const dir = exampleCopy()
    commitAll(dir, 'documents', '2026-11-20T10:00:00Z')
    const plans = 'agents/performance/execution_plans'
    mkdirSync(join(dir, plans, 'archive'))
    git(dir, ['mv', `${plans}/2025-02-10_gpt-5-codex_timezone-report-fix.md`, `${plans}/archive/`])
    commitAll(dir, 'archive', '2026-11-21T10:00:00Z')
    await runCli(['analyze', '--cwd', dir])
    const records = (
      JSON.parse(readFileSync(join(dir, outputs[0] ?? ''), 'utf8')) as {
        plans: Array<{ path: string; quality: { reviewer?: number } }>
      }
    ).plans
    const moved = records.find((record) => record.path.includes('archive/'))
    expect(moved?.quality.reviewer).toBeGreaterThan(0)
  })

  test('--out and --json', async () => {
    const dir = exampleCopy()
    const { code, stdout } = await runCli(['analyze', '--cwd', dir, '--out', 'out', '--json'])
    expect(code).toBe(0)
    const result = JSON.parse(stdout)
    expect(result.outputs.map((output: { path: string }) => output.path)).toEqual([
      'out/plans.json',
      'out/agent_performance.json',
      'out/task_analytics.json',
      'out/prompt_effectiveness.json',
      'agents/performance/reports/report.md'
    ])
    expect(
      JSON.parse(readFileSync(join(dir, 'out/task_analytics.json'), 'utf8')).categories.length
    ).toBeGreaterThan(0)
  })
})

describe('planmark recommend', () => {
  test('prints the verdict, the reason, the ranking and the method', async () => {
    const { code, stdout } = await runCli([
      'recommend',
      '--cwd',
      examples,
      '--category',
      'Debugging'
    ])
    expect(code).toBe(0)
    expect(stdout).toContain('Recommendation for debugging: clear choice: claude-sonnet-4')
    expect(stdout).toContain(
      'claude-sonnet-4 beats cursor-agent with probability above 0.99 (7/7 vs 0/5), and the lead holds within complexity'
    )
    expect(stdout).toMatch(/1\s+claude-sonnet-4\s+7\/7\s+100%\s+65–100%\s+0\.65/)
    expect(stdout).toContain('Method: ranked by the lower bound of the Wilson 95% interval')
  })

  test('--json, --complexity and --min-samples', async () => {
    const { stdout } = await runCli([
      'recommend',
      '--cwd',
      examples,
      '--category',
      'code_implementation',
      '--min-samples',
      '2',
      '--json'
    ])
    const result = JSON.parse(stdout)
    expect(result).toMatchObject({
      category: 'code_implementation',
      complexity: null,
      verdict: 'not_enough_data',
      minSamples: 2,
      method: 'beta-posterior',
      threshold: 0.95
    })
    expect(result.ranking[0]).toMatchObject({
      agent: 'claude-sonnet-4',
      verified: { successes: 1, n: 1 }
    })
    const high = JSON.parse(
      (
        await runCli([
          'recommend',
          '--cwd',
          examples,
          '--category',
          'debugging',
          '--complexity',
          'HIGH',
          '--json'
        ])
      ).stdout
    )
    expect(high.complexity).toBe('high')
    expect(high.ranking.map((entry: { agent: string }) => entry.agent)).toEqual([
      'claude-sonnet-4',
      'cursor-agent'
    ])
  })

  test('without --category, every category with plans gets its verdict', async () => {
    const { code, stdout } = await runCli(['recommend', '--cwd', examples])
    expect(code).toBe(0)
    expect(stdout).toContain(
      'Every category with plans: architecture_design, code_implementation, code_review, debugging, documentation.'
    )
    expect(stdout.match(/^Recommendation for /gm)).toHaveLength(5)
    const json = JSON.parse((await runCli(['recommend', '--cwd', examples, '--json'])).stdout)
    expect(json.map((entry: { category: string }) => entry.category)).toEqual([
      'architecture_design',
      'code_implementation',
      'code_review',
      'debugging',
      'documentation'
    ])
  })

  test('an unknown category is a usage error that lists the known ones', async () => {
    const { code, stderr } = await runCli([
      'recommend',
      '--cwd',
      examples,
      '--category',
      'nonexistent'
    ])
    expect(code).toBe(2)
    expect(stderr).toContain(
      'unknown category nonexistent; the known categories are architecture_design, code_implementation, code_review, debugging, documentation'
    )
  })

  test('usage errors exit 2', async () => {
    expect(
      (
        await runCli([
          'recommend',
          '--cwd',
          examples,
          '--category',
          'debugging',
          '--complexity',
          'extreme'
        ])
      ).code
    ).toBe(2)
    expect(
      (
        await runCli([
          'recommend',
          '--cwd',
          examples,
          '--category',
          'debugging',
          '--min-samples',
          '0'
        ])
      ).code
    ).toBe(2)
    const one = await runCli([
      'recommend',
      '--cwd',
      examples,
      '--category',
      'debugging',
      '--min-samples',
      '1'
    ])
    expect(one.code).toBe(2)
    expect(one.stderr).toContain('--min-samples must be a whole number of at least 2')
    const dir = exampleCopy()
    writeFileSync(join(dir, 'planmark.config.json'), '{ "minSamples": 1 }\n')
    const configured = await runCli(['recommend', '--cwd', dir, '--category', 'debugging'])
    expect(configured.code).toBe(2)
    expect(configured.stderr).toContain(
      'expected a value that must be >= 2 at `/minSamples`, found `1`'
    )
  })
})
