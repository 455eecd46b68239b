import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { findDocuments } from '../src/adapters/findDocuments.js'
import { resolveConfig } from '../src/core/resolveConfig.js'
import { git } from './helpers/git.js'

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
})
