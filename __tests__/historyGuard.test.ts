import { copyFileSync, cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { commitAll, git } from './helpers/git.js'
import { planMarkdown } from './helpers/planMarkdown.js'
import { resolveConfig } from '../src/core/resolveConfig.js'
import { parseDocuments } from '../src/pipeline/parseDocuments.js'
import { runCli } from './helpers/runCli.js'

// Git repositories and whole runs: allow for a slow machine.
vi.setConfig({ testTimeout: 60_000 })

const root = new URL('..', import.meta.url).pathname
const plans = 'agents/performance/execution_plans'
const reviews = 'agents/performance/reviews'

/**
 * The examples committed on 2025-02-12 on main with two hostile documents:
 * the 10,001-deep nesting fixture, and a review whose plan link has percent
 * escapes that are not UTF-8; then a branch that changes a plan.
 */
function hostileHistory(): string {
  const dir = mkdtempSync(join(tmpdir(), 'planmark-history-'))
  cpSync(join(root, 'examples'), dir, { recursive: true })
  copyFileSync(
    join(root, '__tests__/fixtures/hostile/deep-nesting.md'),
    join(dir, plans, 'deep-nesting.md')
  )
  const review = join(dir, reviews, '2025-02-28_review_cursor-agent.md')
  writeFileSync(
    review,
    readFileSync(review, 'utf8').replace(
      '## Execution Plan Analysis\n',
      '## Execution Plan Analysis\n- [Broken escape](../execution_plans/%E0%A4%A.md)\n'
    )
  )
  commitAll(dir, 'plans', '2025-02-12T10:00:00Z')
  git(dir, ['branch', '-M', 'main'])
  git(dir, ['checkout', '-q', '-b', 'feature'])
  writeFileSync(
    join(dir, plans, 'new.md'),
    planMarkdown({ agent: 'claude', status: 'IN_PROGRESS', criteria: ['x', ' '] })
  )
  commitAll(dir, 'a new plan', '2025-02-13T10:00:00Z')
  return dir
}

describe('documents read from git history go through the per-file guard', () => {
  test('report --week finishes, with the deep file refused and the bad link kept', async () => {
    const dir = hostileHistory()
    const { code, stdout, stderr } = await runCli(['report', '--week', '2025-W07', '--cwd', dir])
    expect(stderr).not.toMatch(/RangeError|URIError|at .*\.ts:\d+/)
    expect(code).toBe(0)
    expect(stdout).toContain('2025-W07.md')
  })

  test('comment --base main finishes', async () => {
    const dir = hostileHistory()
    const { code, stdout, stderr } = await runCli([
      'comment',
      '--base',
      'main',
      '--cwd',
      dir,
      '--no-cache'
    ])
    expect(stderr).not.toMatch(/RangeError|URIError|at .*\.ts:\d+/)
    expect(code).toBe(0)
    expect(stdout).toContain('new.md')
  })

  test('check keeps the review with the bad link, and reports the deep file', async () => {
    const dir = hostileHistory()
    const { stdout, stderr } = await runCli([
      'check',
      '--format',
      'json',
      '--cwd',
      dir,
      '--no-cache'
    ])
    expect(stderr).toBe('')
    const { documents } = JSON.parse(stdout) as {
      documents: Array<{ path: string; kind: string | null; messages: Array<{ reason: string }> }>
    }
    const byPath = new Map(documents.map((document) => [document.path, document]))
    expect(byPath.get(`${reviews}/2025-02-28_review_cursor-agent.md`)?.kind).toBe('review')
    expect(byPath.get(`${plans}/deep-nesting.md`)?.messages[0]?.reason).toContain(
      'found 10001 levels'
    )
  })
})

describe('the one guarded entry point', () => {
  test('refuses a blob over maxFileBytes, a file nested too deeply, and parses the rest', async () => {
    const config = resolveConfig({ maxFileBytes: 1000 })
    const [large, deep, good] = await parseDocuments(
      [
        { path: 'large.md', source: `# x\n\n${'a'.repeat(2000)}\n` },
        { path: 'deep.md', source: `${'> '.repeat(200)}x\n` },
        { path: 'good.md', source: planMarkdown({ agent: 'claude', criteria: ['x'] }) }
      ],
      config
    )
    expect(large?.messages[0]).toMatchObject({ ruleId: 'file-unreadable' })
    expect(large?.messages[0]?.reason).toContain('found 2006 bytes')
    expect(deep?.messages[0]).toMatchObject({ ruleId: 'file-too-complex' })
    expect(good?.parsed?.document.kind).toBe('plan')
  })
})
