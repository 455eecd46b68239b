import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { findDocuments } from '../src/adapters/findDocuments.js'
import { dialectOf } from '../src/core/extract/dialects/dialectOf.js'
import { resolveConfig } from '../src/core/resolveConfig.js'
import { analyze } from '../src/pipeline/analyze.js'
import { checkFiles } from '../src/pipeline/checkFiles.js'
import { summarize } from '../src/pipeline/summarize.js'
import { git } from './helpers/git.js'
import { runCli } from './helpers/runCli.js'

const task = '- [x] 1. a done task\n- [ ] 2. an open task\n'

/** Where each tool keeps its plans by default, relative to the repository root. */
const toolPaths = [
  '.kiro/specs/checkout/tasks.md',
  '.cursor/plans/rate_limit_1a2b3c4d.plan.md',
  '.taskmaster/tasks/tasks.json',
  '.planning/STATE.md',
  '.planning/phases/01-setup/01-01-PLAN.md',
  '.agent/PLANS.md',
  '.claude/plans/refactor.md',
  'specs/004-invoice-export/tasks.md',
  'specs/004-invoice-export/plan.md',
  'memory-bank/progress.md',
  'memory-bank/activeContext.md',
  'backlog/tasks/task-7 - Export-invoices.md',
  'backlog/completed/task-3 - Login.md',
  'PLANS.md',
  'docs/exec-plans/search.md',
  'docs/plans/2026-03-02-rate-limiter.md'
]

/** What must stay out of a folder walk. */
const outsidePaths = [
  'node_modules/some-lib/tasks.md',
  'vendor/ignored/tasks.md',
  'scratch/tasks.md',
  '.git/tasks.md'
]

function write(root: string, path: string, text: string): void {
  mkdirSync(dirname(join(root, path)), { recursive: true })
  writeFileSync(join(root, path), text)
}

describe('the folder walk finds the plans where agent tools keep them', () => {
  let repo: string
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'planmark-layouts-'))
    git(repo, ['init', '-q'])
    for (const path of [...toolPaths, ...outsidePaths.slice(0, 3)])
      write(repo, path, path.endsWith('.json') ? '{"master":{"tasks":[]}}\n' : task)
    // Inside .git itself: git never lists it, and neither must the walk.
    write(repo, '.git/tasks.md', task)
    write(repo, '.gitignore', 'vendor/ignored/\nscratch/\n')
  })
  afterAll(() => rmSync(repo, { recursive: true, force: true }))

  test('with no configuration, every default place and nothing ignored', async () => {
    const found = (await findDocuments(repo, [], resolveConfig())).map(({ path }) => path)
    expect(found).toEqual([...toolPaths].sort())
    for (const path of outsidePaths) expect(found).not.toContain(path)
  })

  test('a configured glob reaches a dot-folder', async () => {
    const config = resolveConfig({ documents: { checklists: ['.kiro/**/tasks.md'] } })
    const found = (await findDocuments(repo, [], config)).map(({ path }) => path)
    expect(found).toContain('.kiro/specs/checkout/tasks.md')
    expect(found).not.toContain('specs/004-invoice-export/tasks.md')
  })

  test('a file git tracks is read even when .gitignore names it', async () => {
    write(repo, 'scratch/tracked/tasks.md', task)
    git(repo, ['add', '-f', 'scratch/tracked/tasks.md'])
    const found = (await findDocuments(repo, [], resolveConfig())).map(({ path }) => path)
    expect(found).toContain('scratch/tracked/tasks.md')
    expect(found).not.toContain('scratch/tasks.md')
  })

  test('a folder named on the command line keeps git’s word on what it ignores', async () => {
    write(repo, 'scratch/tracked/tasks.md', task)
    git(repo, ['add', '-f', 'scratch/tracked/tasks.md'])
    write(repo, 'scratch/tasks.md', task)
    const found = (await findDocuments(repo, ['scratch'], resolveConfig())).map(({ path }) => path)
    expect(found).toEqual(['scratch/tracked/tasks.md'])
  })
})

const formats = new URL('./fixtures/formats/', import.meta.url).pathname

/** Each format fixture, placed where its tool writes it, and the dialect and kind it must be read as. */
const layouts: ReadonlyArray<readonly [string, string, string, 'plan' | 'checklist']> = [
  ['spec-kit/tasks.md', 'specs/004-invoice-export/tasks.md', 'spec-kit', 'checklist'],
  ['kiro/tasks.md', '.kiro/specs/notifications/tasks.md', 'kiro', 'checklist'],
  ['execplan/search-index.md', '.agent/plans/search-index.md', 'execplan', 'plan'],
  [
    'backlog-md/task-7 - Export-invoices.md',
    'backlog/tasks/task-7 - Export-invoices.md',
    'backlog-md',
    'plan'
  ],
  [
    'backlog-md/task-12 - Migrate-audit-log.md',
    'backlog/completed/task-12 - Migrate-audit-log.md',
    'backlog-md',
    'plan'
  ],
  [
    'cursor-plan/rate_limiter_3f9a1c2e.plan.md',
    '.cursor/plans/rate_limiter_3f9a1c2e.plan.md',
    'cursor-plan',
    'checklist'
  ],
  [
    'task-master/.taskmaster/tasks/tasks.json',
    '.taskmaster/tasks/tasks.json',
    'task-master',
    'checklist'
  ],
  ['cline-memory-bank/progress.md', 'memory-bank/progress.md', 'cline-memory-bank', 'plan'],
  [
    'claude-plan/2026-03-02-rate-limiter.md',
    'docs/plans/2026-03-02-rate-limiter.md',
    'claude-plan',
    'checklist'
  ],
  ['gsd/STATE.md', '.planning/STATE.md', 'gsd', 'plan']
]

describe('planmark check at the root of a repository laid out like each tool', () => {
  let repo: string
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'planmark-tools-'))
    for (const [fixture, path] of layouts)
      write(repo, path, readFileSync(join(formats, fixture), 'utf8'))
    git(repo, ['init', '-q'])
  })
  afterAll(() => rmSync(repo, { recursive: true, force: true }))

  test('finds every document with no configuration and reads each in its dialect', async () => {
    const result = await checkFiles([], { cwd: repo, workers: 0 })
    const read = result.files.map(({ file, parsed }) => [
      file.path,
      parsed ? dialectOf(parsed.document) : null,
      parsed?.document.kind ?? null
    ])
    expect(read).toEqual(
      [...layouts]
        .map(([, path, dialect, kind]) => [path, dialect, kind])
        .sort(([a], [b]) => ((a as string) < (b as string) ? -1 : 1))
    )
    expect(summarize(result).line).toContain(
      'dialects: 2 backlog-md, 1 claude-plan, 1 cline-memory-bank, 1 cursor-plan, 1 execplan, 1 gsd, 1 kiro, 1 spec-kit, 1 task-master'
    )
  })

  test("check --format json records each document's dialect, and the summary counts them", async () => {
    const { stdout, stderr } = await runCli([
      'check',
      '--cwd',
      repo,
      '--format',
      'json',
      '--no-cache'
    ])
    const report = JSON.parse(stdout) as {
      documents: Array<{ path: string; dialect: string }>
      summary: { dialects: Record<string, number> }
    }
    expect(
      report.documents.find((entry) => entry.path === '.kiro/specs/notifications/tasks.md')
    ).toMatchObject({
      dialect: 'kiro'
    })
    expect(report.summary.dialects).toMatchObject({ 'backlog-md': 2, 'task-master': 1 })
    expect(stderr).toBe('')
  })

  test('a plan whose assignee is an agent counts for that agent, with its dialect in plans.json', async () => {
    const { analytics } = await analyze([], { cwd: repo, workers: 0 })
    const backlog = analytics.plans.plans.find((plan) => plan.path.startsWith('backlog/tasks/'))
    expect(backlog).toMatchObject({ dialect: 'backlog-md', agent: 'claude' })
    expect(analytics.agentPerformance.agents.map((agent) => agent.agent)).toContain('claude')
    const done = analytics.plans.plans.find((plan) => plan.path.startsWith('backlog/completed/'))
    expect(done?.status).toMatchObject({ claimed: 'completed', verified: 'failure' })
    expect(done?.findings.map((finding) => finding.ruleId)).toContain('status-completed-unchecked')
  })
})
