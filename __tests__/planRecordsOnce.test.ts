import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { beforeEach, describe, expect, test, vi } from 'vitest'
import * as records from '../src/core/aggregate/planRecord.js'
import { recommendCommand } from '../src/cli/recommendCommand.js'
import { analyze } from '../src/pipeline/analyze.js'
import { commitAs, git } from './helpers/git.js'

// The real planRecord, counted: a run must build each plan's record once.
vi.mock('../src/core/aggregate/planRecord.js', async (original) => {
  const actual = await original<typeof import('../src/core/aggregate/planRecord.js')>()
  return { ...actual, planRecord: vi.fn(actual.planRecord) }
})

// Real git repositories: allow for a slow machine.
vi.setConfig({ testTimeout: 60_000 })

const plans = 'agents/performance/execution_plans'
const at = (time: string) => `2026-03-02T${time}:00Z`

/** A completed plan, every box ticked; `agent` when the document names one. */
function plan(title: string, agent?: string): string {
  return [
    `# EXECUTION PLAN: ${title}`,
    '',
    ...(agent ? [`**Agent**: ${agent}  `] : []),
    '**Start Time**: 2026-03-02T10:00:00Z  ',
    '**Task Category**: debugging',
    '',
    '## Success Criteria',
    '- [x] it works',
    '',
    '## Final Status',
    '- **Completion Status**: COMPLETED',
    ''
  ].join('\n')
}

/** An analysis of the plan at `path` that finds it failed. */
function analysis(path: string): string {
  return [
    '# EXECUTION PLAN ANALYSIS',
    '',
    `**Plan**: [the plan](../execution_plans/${path})  `,
    '**Agent**: claude  ',
    '**Reviewer**: r  ',
    '**Review Date**: 2026-03-03',
    '',
    '- **Overall Quality**: 3/10 - poor',
    '- **Overall Success**: FAILURE',
    ''
  ].join('\n')
}

/** Two plans, one named by no agent but co-authored by Claude in git, the other reviewed through the path it was moved from. */
function repository(): string {
  const root = mkdtempSync(join(tmpdir(), 'planmark-once-'))
  const write = (files: Record<string, string>) => {
    for (const [path, text] of Object.entries(files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), text)
    }
  }
  write({
    [`${plans}/a.md`]: plan('Attributed by git'),
    [`${plans}/b.md`]: plan('Moved later', 'codex'),
    'agents/performance/plan_analysis/b.md': analysis('b.md')
  })
  commitAs(root, 'plans', {
    date: at('10:00'),
    trailers: ['Co-authored-by: Claude <noreply@anthropic.com>']
  })
  mkdirSync(join(root, plans, 'archive'))
  git(root, ['mv', `${plans}/b.md`, `${plans}/archive/b.md`])
  commitAs(root, 'archive', { date: at('11:00') })
  return root
}

describe('plan records are built once a run', () => {
  beforeEach(() => {
    vi.mocked(records.planRecord).mockClear()
  })

  test('analyze reuses the check’s records, adding git evidence; a plan reviewed through its old path is built again', async () => {
    const result = await analyze([], { cwd: repository(), workers: 0 })
    // Two in the check, and the moved plan again with the review of its old path: not four.
    expect(vi.mocked(records.planRecord)).toHaveBeenCalledTimes(3)
    const byPath = new Map(result.analytics.plans.plans.map((record) => [record.path, record]))
    expect(byPath.get(`${plans}/a.md`)).toMatchObject({ agent: 'claude', agentSource: 'trailer' })
    expect(byPath.get(`${plans}/a.md`)?.history?.commits).toBe(1)
    expect(byPath.get(`${plans}/archive/b.md`)?.status).toMatchObject({
      verified: 'failure',
      reviewer: 'failure'
    })
    expect(byPath.get(`${plans}/archive/b.md`)?.quality.reviewer).toBe(3)
    // The check's own records are left as the check built them: no evidence, no moves.
    const checked = new Map(result.check.plans.map(({ record }) => [record.path, record]))
    expect(checked.get(`${plans}/a.md`)?.agent).toBeUndefined()
    expect(checked.get(`${plans}/a.md`)?.history).toBeUndefined()
    expect(checked.get(`${plans}/archive/b.md`)?.status.verified).toBe('success')
  })

  test('recommend judges the agents on the records plans.json holds, built once', async () => {
    const root = repository()
    let output = ''
    const write = (text: string) => (output += text)
    const code = await recommendCommand(['--json', '--cwd', root], {
      cwd: root,
      env: {},
      stdout: { write },
      stderr: { write },
      now: () => new Date(at('12:00'))
    })
    expect(code).toBe(0)
    // As in analyze: two in the check, and the moved plan again with the review of its old path.
    const builds = vi.mocked(records.planRecord).mock.calls.length
    const [debugging] = JSON.parse(output) as Array<Record<string, unknown>>
    const { analytics } = await analyze([], { cwd: root, workers: 0 })
    const { category, complexity, ...verdict } = debugging ?? {}
    expect({ category, complexity }).toEqual({ category: 'debugging', complexity: null })
    // Git's agent for a.md and the moved plan's review count as they do in task_analytics.json.
    expect(verdict).toEqual(
      analytics.taskAnalytics.categories.find((entry) => entry.category === 'debugging')
        ?.recommendation
    )
    expect(builds).toBe(3)
  })
})
