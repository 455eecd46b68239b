import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { cacheKey } from '../src/adapters/documentCache.js'
import { analyze } from '../src/pipeline/analyze.js'
import { checkFiles } from '../src/pipeline/checkFiles.js'
import { readPlanEvidence } from '../src/pipeline/readPlanEvidence.js'
import type { PlanmarkConfig, PlanRecord } from '../src/core/types/generated.js'
import { commitAs, git, type CommitIdentity } from './helpers/git.js'

// Real git repositories, several commits each: allow for a slow machine.
vi.setConfig({ testTimeout: 60_000 })

const dir = 'agents/performance/execution_plans'
const claude = 'Co-authored-by: Claude <noreply@anthropic.com>'

/** A small plan: `agent` when given, its boxes ticked or not, its status and stated times. */
function plan(options: {
  agent?: string
  ticked?: number
  status?: string
  total?: string
  phase?: [string, string]
}): string {
  const ticked = options.ticked ?? 2
  return [
    '# EXECUTION PLAN: Fix the flaky export',
    '',
    ...(options.agent ? [`**Agent**: ${options.agent}  `] : []),
    '**Start Time**: 2026-03-02T10:00:00Z  ',
    '**Estimated Duration**: 60 minutes  ',
    '**Task Category**: debugging  ',
    '**Complexity**: low',
    '',
    '## Success Criteria',
    `- [${ticked >= 1 ? 'x' : ' '}] the export passes`,
    `- [${ticked >= 2 ? 'x' : ' '}] the flake is explained`,
    '',
    ...(options.phase || options.total
      ? [
          '## Progress Tracking',
          ...(options.phase
            ? [`- **Phase 1 Start**: ${options.phase[0]}`, `- **Phase 1 End**: ${options.phase[1]}`]
            : []),
          ...(options.total ? [`- **Total Duration**: ${options.total}`] : []),
          ''
        ]
      : []),
    '## Final Status',
    `- **Completion Status**: ${options.status ?? 'COMPLETED'}`,
    ''
  ].join('\n')
}

/** A repository whose history is `steps`, each writing files then committing as someone at some time. */
function repository(
  steps: Array<{ files: Record<string, string>; message?: string; who: CommitIdentity }>
): string {
  const root = mkdtempSync(join(tmpdir(), 'planmark-evidence-'))
  for (const step of steps) {
    for (const [path, text] of Object.entries(step.files)) {
      mkdirSync(dirname(join(root, path)), { recursive: true })
      writeFileSync(join(root, path), text)
    }
    commitAs(root, step.message ?? 'work', step.who)
  }
  return root
}

async function plansOf(root: string, config: PlanmarkConfig = {}): Promise<PlanRecord[]> {
  const { analytics } = await analyze([], { cwd: root, config })
  return analytics.plans.plans
}

const at = (time: string) => `2026-03-02T${time}:00Z`

describe('who: agent attribution from git', () => {
  test('a co-author trailer names the agent of a plan that names none, with the commit', async () => {
    const root = repository([
      {
        files: { [`${dir}/a.md`]: plan({ ticked: 0, status: 'IN_PROGRESS' }) },
        who: { date: at('10:00'), trailers: [claude] }
      },
      { files: { [`${dir}/a.md`]: plan({}) }, who: { date: at('10:40') } }
    ])
    const first = git(root, ['rev-list', '--max-parents=0', 'HEAD']).trim()
    const [record] = await plansOf(root)
    expect(record).toMatchObject({ agent: 'claude', agentSource: 'trailer', agentCommit: first })
  })

  test('bot authors and aider’s (aider) suffix name the agent; the configured aliases map the name', async () => {
    const root = repository([
      {
        files: { [`${dir}/bot.md`]: plan({}) },
        who: {
          date: at('10:00'),
          author: {
            name: 'copilot-swe-agent[bot]',
            email: '198982749+Copilot@users.noreply.github.com'
          }
        }
      },
      {
        files: { [`${dir}/aider.md`]: plan({}) },
        who: { date: at('11:00'), author: { name: 'Dana (aider)', email: 'dana@example.com' } }
      }
    ])
    const config = { agents: { 'github-copilot': ['copilot'] } }
    const records = await plansOf(root, config)
    expect(records.map((r) => [r.path, r.agent, r.agentSource])).toEqual([
      [`${dir}/aider.md`, 'aider', 'author'],
      [`${dir}/bot.md`, 'github-copilot', 'author']
    ])
    // The report says how many plans were attributed each way.
    const { outputs } = await analyze([], { cwd: root, config })
    const report = outputs.find((output) => output.path.endsWith('report.md'))?.content ?? ''
    expect(report).toContain(
      '- **Agent attribution**: 0 named by the document, 0 a co-author trailer, 2 a commit author or committer, 0 a merged branch name, 0 a configured signature; 0 with no agent.'
    )
  })

  test('a merge commit names the branch (codex/…) its plan came in on', async () => {
    const root = repository([{ files: { 'README.txt': 'x\n' }, who: { date: at('09:00') } }])
    git(root, ['checkout', '-q', '-b', 'codex/fix-export'])
    writeFileSync(join(root, 'x.txt'), '')
    mkdirSync(join(root, dir), { recursive: true })
    writeFileSync(join(root, dir, 'c.md'), plan({}))
    commitAs(root, 'fix', { date: at('10:00') })
    git(root, ['checkout', '-q', 'main'])
    git(
      root,
      [
        '-c',
        'commit.gpgsign=false',
        'merge',
        '-q',
        '--no-ff',
        '-m',
        "Merge branch 'codex/fix-export'",
        'codex/fix-export'
      ],
      at('10:30')
    )
    const [record] = await plansOf(root)
    expect(record).toMatchObject({ agent: 'codex', agentSource: 'branch' })
  })

  test('agents.detect adds a signature, mapped to an alias; it outranks the built-in ones', async () => {
    const root = repository([
      {
        files: { [`${dir}/a.md`]: plan({}) },
        who: {
          date: at('10:00'),
          author: { name: 'acme-coder[bot]', email: 'bot@acme.example' },
          trailers: [claude]
        }
      }
    ])
    const [record] = await plansOf(root, {
      agents: { 'acme-agent': ['acme'], detect: [{ agent: 'acme', email: 'BOT@acme.example' }] }
    })
    expect(record).toMatchObject({ agent: 'acme-agent', agentSource: 'configuration' })
  })

  test('a document naming another agent than git gets agent-mismatch; a model of the same tool does not', async () => {
    const root = repository([
      {
        files: {
          [`${dir}/a.md`]: plan({ agent: 'cursor-agent' }),
          [`${dir}/b.md`]: plan({ agent: 'claude-sonnet-4' })
        },
        who: { date: at('10:00'), trailers: [claude] }
      }
    ])
    const [a, b] = await plansOf(root)
    expect(a?.agentSource).toBe('document')
    expect(a?.findings.map((f) => f.ruleId)).toContain('agent-mismatch')
    expect(a?.findings.find((f) => f.ruleId === 'agent-mismatch')?.message).toMatch(
      /names `claude` \(trailer\)/
    )
    expect(b?.findings.map((f) => f.ruleId)).not.toContain('agent-mismatch')
  })

  test('a commit that changes many plans (an import) names no agent; attribution can be turned off', async () => {
    const files = Object.fromEntries([1, 2, 3, 4].map((n) => [`${dir}/p${n}.md`, plan({})]))
    const root = repository([{ files, who: { date: at('10:00'), trailers: [claude] } }])
    expect((await plansOf(root)).every((r) => r.agent === undefined)).toBe(true)
    const single = repository([
      { files: { [`${dir}/a.md`]: plan({}) }, who: { date: at('10:00'), trailers: [claude] } }
    ])
    expect((await plansOf(single, { evidence: { attribution: false } }))[0]?.agent).toBeUndefined()
  })
})

describe('how long: time measured by git', () => {
  test('created, ticked and completed commits give measured minutes beside the claimed ones', async () => {
    const root = repository([
      {
        files: { [`${dir}/a.md`]: plan({ ticked: 0, status: 'IN_PROGRESS' }) },
        who: { date: at('10:00') }
      },
      {
        files: { [`${dir}/a.md`]: plan({ ticked: 1, status: 'IN_PROGRESS' }) },
        who: { date: at('10:20') }
      },
      {
        files: { [`${dir}/a.md`]: plan({ ticked: 2, total: '45 minutes' }) },
        who: { date: at('10:50') }
      }
    ])
    const [record] = await plansOf(root)
    expect(record?.measuredMinutes).toBe(50)
    expect(record?.actualMinutes).toBe(45)
    expect(record?.history?.ticks?.map((t) => t.date)).toEqual([at('10:20'), at('10:50')])
    expect(record?.history?.completed?.date).toBe(at('10:50'))
    expect(record?.findings.map((f) => f.ruleId)).not.toContain('timeline-contradicts-git')
  })

  test("a plan's past states come from the cache where it holds them, and give the same timeline", async () => {
    const cacheDir = mkdtempSync(join(tmpdir(), 'planmark-evidence-cache-'))
    const steps = [
      { ticked: 0, status: 'IN_PROGRESS', time: '10:00' },
      { ticked: 1, status: 'IN_PROGRESS', time: '10:20' },
      { ticked: 2, status: 'COMPLETED', time: '10:50' }
    ]
    // Checked after each commit, as on a laptop or by the Action: the cache holds every state.
    const root = mkdtempSync(join(tmpdir(), 'planmark-evidence-'))
    mkdirSync(join(root, dir), { recursive: true })
    for (const step of steps) {
      writeFileSync(join(root, dir, 'a.md'), plan(step))
      commitAs(root, 'work', { date: at(step.time) })
      await checkFiles([], { cwd: root, cacheDir })
    }
    const cold = await checkFiles([], { cwd: root })
    const warm = await checkFiles([], { cwd: root, cacheDir })
    expect(warm.planEvidence).toEqual(cold.planEvidence)
    expect(cold.planEvidence.get(`${dir}/a.md`)?.timeline?.ticks?.map((t) => t.date)).toEqual([
      at('10:20'),
      at('10:50')
    ])
    // The cached state is the one used: a cache that says the 10:20 state ticked nothing moves the first tick.
    const middle = git(root, ['rev-parse', `HEAD~1:${dir}/a.md`]).trim()
    const known = new Map(warm.checkedByBlob)
    const recalled = known.get(cacheKey(`${dir}/a.md`, middle))
    expect(recalled?.parsed).toBeDefined()
    if (recalled?.parsed) {
      const document = recalled.parsed.document
      known.set(cacheKey(`${dir}/a.md`, middle), {
        ...recalled,
        parsed: {
          ...recalled.parsed,
          document: { ...document, checkboxes: { ...document.checkboxes, checked: 0 } }
        }
      })
    }
    const parsed = warm.files.flatMap((file) => (file.parsed ? [file.parsed] : []))
    const evidence = await readPlanEvidence(root, parsed, warm.config, undefined, {
      known,
      keep: () => undefined
    })
    expect(evidence.get(`${dir}/a.md`)?.timeline?.ticks?.map((t) => t.date)).toEqual([at('10:50')])
  })

  test('"120 minutes" for a plan created and completed 4 minutes apart is timeline-contradicts-git', async () => {
    const root = repository([
      {
        files: { [`${dir}/a.md`]: plan({ ticked: 0, status: 'IN_PROGRESS' }) },
        who: { date: at('10:00') }
      },
      { files: { [`${dir}/a.md`]: plan({ total: '120 minutes' }) }, who: { date: at('10:04') } }
    ])
    const [record] = await plansOf(root)
    expect(record?.measuredMinutes).toBe(4)
    const finding = record?.findings.find((f) => f.ruleId === 'timeline-contradicts-git')
    expect(finding?.message).toMatch(
      /at most the 4 minutes git measures .* found 120 minutes claimed/
    )
  })

  test('a phase end at 23:15 whose completion was committed at 21:30 is timeline-contradicts-git, at its line', async () => {
    const root = repository([
      {
        files: { [`${dir}/a.md`]: plan({ phase: [at('20:00'), at('23:15')] }) },
        who: { date: at('21:30') }
      }
    ])
    const [record] = await plansOf(root)
    const finding = record?.findings.find((f) => f.ruleId === 'timeline-contradicts-git')
    expect(finding?.message).toContain(`phase 1's end no later than the commit that recorded it`)
    expect(finding?.line).toBe(14)
  })

  test('estimate calibration uses measured time where it exists and says so', async () => {
    const root = repository([
      {
        files: { [`${dir}/a.md`]: plan({ agent: 'claude', ticked: 0, status: 'IN_PROGRESS' }) },
        who: { date: at('10:00') }
      },
      {
        files: { [`${dir}/a.md`]: plan({ agent: 'claude', total: '45 minutes' }) },
        who: { date: at('11:30') }
      }
    ])
    const { analytics } = await analyze([], { cwd: root })
    expect(analytics.agentPerformance.agents[0]?.estimateAccuracy).toMatchObject({
      n: 1,
      median: 1.5,
      basis: { measured: 1, claimed: 0 }
    })
  })
})

describe('whether it held: outcome evidence from git', () => {
  test('a verified success on the default branch is evidenced; reverted within the window it is contradicted', async () => {
    const root = repository([
      {
        files: {
          [`${dir}/a.md`]: plan({ ticked: 0, status: 'IN_PROGRESS' }),
          [`${dir}/b.md`]: plan({ ticked: 0, status: 'IN_PROGRESS' })
        },
        who: { date: at('10:00') }
      },
      { files: { [`${dir}/a.md`]: plan({}) }, who: { date: at('11:00') } },
      { files: { [`${dir}/b.md`]: plan({}) }, who: { date: at('12:00') } }
    ])
    const done = git(root, ['rev-parse', 'HEAD']).trim()
    git(root, ['-c', 'commit.gpgsign=false', 'revert', '--no-edit', done], '2026-03-04T09:00:00Z')
    // The reverted plan is written back by hand, as someone redoing it would; the revert still stands.
    writeFileSync(join(root, dir, 'b.md'), plan({}))
    commitAs(root, 'redo', { date: '2026-03-05T09:00:00Z' })
    const [a, b] = await plansOf(root)
    expect(a?.status).toMatchObject({ verified: 'success', evidence: 'evidenced' })
    expect(a?.history?.reachedDefaultBranch).toBe(true)
    expect(b?.status.evidence).toBe('contradicted')
    expect(b?.history?.revertedBy?.date).toBe('2026-03-04T09:00:00Z')
    // Outside the window, the same revert no longer contradicts.
    const [, late] = await plansOf(root, { evidence: { revertDays: 1 } })
    expect(late?.status.evidence).toBe('evidenced')
  })

  test('a plan whose commits are not on the configured default branch stays consistent', async () => {
    const root = repository([{ files: { 'README.txt': 'x\n' }, who: { date: at('09:00') } }])
    git(root, ['checkout', '-q', '-b', 'feature'])
    mkdirSync(join(root, dir), { recursive: true })
    writeFileSync(join(root, dir, 'a.md'), plan({}))
    commitAs(root, 'plan', { date: at('10:00') })
    const [record] = await plansOf(root, { evidence: { defaultBranch: 'main' } })
    expect(record?.history?.reachedDefaultBranch).toBe(false)
    expect(record?.status.evidence).toBe('consistent')
  })

  test('a shallow clone gives no git evidence and says why', async () => {
    const origin = repository([
      {
        files: { [`${dir}/a.md`]: plan({ ticked: 0, status: 'IN_PROGRESS' }) },
        who: { date: at('10:00'), trailers: [claude] }
      },
      { files: { [`${dir}/a.md`]: plan({}) }, who: { date: at('10:30') } }
    ])
    const clone = mkdtempSync(join(tmpdir(), 'planmark-shallow-'))
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${origin}`, clone], {
      stdio: 'pipe'
    })
    const notices: string[] = []
    const { analytics } = await analyze([], { cwd: clone, onNotice: (n) => notices.push(n) })
    const [record] = analytics.plans.plans
    expect(record?.agent).toBeUndefined()
    expect(record?.history).toBeUndefined()
    expect(record?.status.evidence).toBe('consistent')
    expect(notices.join('\n')).toMatch(/shallow clone, so git cannot show who did the plans/)
  })
})
