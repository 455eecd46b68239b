import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { analysedPlans } from '../src/core/aggregate/analysedPlans.js'
import { parseDocument } from '../src/core/parseDocument.js'
import {
  commentMarker,
  renderPullRequestComment
} from '../src/core/render/renderPullRequestComment.js'
import { commitAll, git } from './helpers/git.js'
import { planMarkdown, type PlanFacts } from './helpers/planMarkdown.js'
import { runCli } from './helpers/runCli.js'

const records = (plans: Record<string, PlanFacts>) =>
  analysedPlans(
    Object.entries(plans).map(([path, facts]) => parseDocument(planMarkdown(facts), { path }))
  ).map(({ record }) => record)

describe('renderPullRequestComment', () => {
  const base = records({
    'plans/a.md': { agent: 'a', status: 'IN_PROGRESS', criteria: ['x', ' ', ' '] },
    'plans/gone.md': { agent: 'b', criteria: ['x'] },
    'plans/other.md': { agent: 'c', criteria: ['x'] }
  })
  const head = records({
    'plans/a.md': { agent: 'a', status: 'COMPLETED', criteria: ['x', 'x', ' '] },
    'plans/new.md': { agent: '<b>@octocat</b>', criteria: ['x'] },
    'plans/other.md': { agent: 'c', criteria: ['x'] }
  })
  const touched = new Set(['plans/a.md', 'plans/new.md', 'plans/gone.md'])

  test('shows the touched plans against the merge base, and only the findings the change adds', () => {
    const { body, truncated } = renderPullRequestComment({
      head,
      base,
      touched,
      reportUrl: 'https://example.invalid/report.md'
    })
    expect(truncated).toBe(false)
    expect(body).toContain('2 plans touched by this pull request; 1 new finding.')
    expect(body).toContain('| plans/a.md | a | completed | failure | 2/3 | +1 done |')
    expect(body).toContain(
      '| plans/new.md | &lt;b&gt;@\u200boctocat&lt;/b&gt; | completed | success | 1/1 | new |'
    )
    expect(body).toContain('| plans/gone.md | b | – | – | – | removed |')
    expect(body).not.toContain('plans/other.md')
    expect(body).toContain('- error `status-completed-unchecked` at plans/a.md:15')
    expect(body).toContain('[Full report](https://example.invalid/report.md)')
    expect(body.trimEnd().endsWith(commentMarker)).toBe(true)
  })

  test('drops whole sections in a fixed order to stay under the size limit, and says so', () => {
    const original = readFileSync(
      new URL('./fixtures/documents/plan-original/plan.md', import.meta.url),
      'utf8'
    )
    const plan = analysedPlans([parseDocument(original, { path: 'plans/original.md' })]).map(
      ({ record }) => record
    )
    const input = { head: plan, base: [], touched: new Set(['plans/original.md']) }
    const full = renderPullRequestComment(input)
    expect(full.truncated).toBe(false)
    expect(full.body).toContain('| 2. Implementation &amp; Development | 7/7 | – |')
    const withoutPhases = renderPullRequestComment({ ...input, maxLength: full.body.length - 1 })
    expect(withoutPhases.truncated).toBe(true)
    expect(withoutPhases.body).not.toContain('Implementation &amp; Development')
    expect(withoutPhases.body).toContain(
      "_Left out to stay within GitHub's comment size: phase details; see the full report._"
    )
    expect(withoutPhases.body).toContain(
      '| plans/original.md | claude-sonnet-4 | completed | failure | 10/15 | new |'
    )
    const tiny = renderPullRequestComment({ ...input, maxLength: 200 })
    expect(tiny.body).toContain('phase details, new findings, plan table')
    expect(tiny.body).not.toContain('| plans/original.md |')
    expect(tiny.body).toContain(commentMarker)
  })
})

describe('planmark comment', () => {
  test('compares the branch with its merge base in a real repository', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planmark-comment-'))
    mkdirSync(join(dir, 'agents/execution_plans'), { recursive: true })
    const plan = (criteria: string[]) =>
      planMarkdown({ agent: 'claude', status: 'IN_PROGRESS', criteria })
    writeFileSync(join(dir, 'agents/execution_plans/fix.md'), plan(['x', ' ', ' ']))
    writeFileSync(join(dir, 'agents/execution_plans/untouched.md'), plan(['x']))
    commitAll(dir, 'base', '2026-11-20T10:00:00Z')
    git(dir, ['branch', '-M', 'main'])
    git(dir, ['checkout', '-q', '-b', 'feature'])
    writeFileSync(join(dir, 'agents/execution_plans/fix.md'), plan(['x', 'x', ' ']))
    commitAll(dir, 'progress', '2026-11-21T10:00:00Z')
    const { code, stdout } = await runCli(['comment', '--base', 'main', '--cwd', dir, '--no-cache'])
    expect(code).toBe(0)
    expect(stdout).toContain('1 plan touched by this pull request; 0 new findings.')
    expect(stdout).toContain(
      '| agents/execution\\_plans/fix.md | claude | in_progress | open | 2/3 | +1 done |'
    )
    expect(stdout).not.toContain('untouched.md')
    expect((await runCli(['comment', '--base', 'no-such-branch', '--cwd', dir])).code).toBe(2)
    expect((await runCli(['comment', '--cwd', dir])).code).toBe(2)
  })
})
