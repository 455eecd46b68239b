import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { analysedPlans, type AnalysedPlan } from '../src/core/aggregate/analysedPlans.js'
import { parseDocument } from '../src/core/parseDocument.js'
import { progressRows } from '../src/core/render/progressRows.js'
import {
  commentMarker,
  renderPullRequestComment
} from '../src/core/render/renderPullRequestComment.js'
import { checkFiles, type CheckResult } from '../src/pipeline/checkFiles.js'
import { plansAtCommits } from '../src/pipeline/plansAtCommits.js'
import { commitAll, git } from './helpers/git.js'
import { planMarkdown, type PlanFacts } from './helpers/planMarkdown.js'
import { runCli } from './helpers/runCli.js'

const records = (plans: Record<string, PlanFacts>) =>
  analysedPlans(
    Object.entries(plans).map(([path, facts]) => parseDocument(planMarkdown(facts), { path }))
  )

const documentsAndFiles = (check: CheckResult) =>
  check.files.flatMap(({ parsed }) => (parsed ? [parsed] : []))

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
      fileUrl: 'https://github.com/o/r/blob/abc',
      reportUrl: 'https://example.invalid/report.md'
    })
    expect(truncated).toBe(false)
    expect(body).toContain('2 plans touched by this pull request; 1 new finding.')
    expect(body).toContain(
      '| [a debugging](https://github.com/o/r/blob/abc/plans/a.md) | a | claims completed, boxes left unticked | 2/3 | 1 ticked |'
    )
    expect(body).toContain(
      '| [&lt;b&gt;@\u200boctocat&lt;/b&gt; debugging](https://github.com/o/r/blob/abc/plans/new.md) | @\u200boctocat | completed, every box ticked | 1/1 | new plan |'
    )
    expect(body).toContain('| b debugging (plans/gone.md) | b | – | – | removed |')
    expect(body).not.toContain('plans/other.md')
    expect(body).toMatch(
      /^- \*\*error\*\* \[a debugging, line 15\]\(https:\/\/github\.com\/o\/r\/blob\/abc\/plans\/a\.md#L15\): Expected every success criterion .* \(`status-completed-unchecked`\)$/m
    )
    expect(body).toContain('[Full report](https://example.invalid/report.md)')
    expect(body.trimEnd().endsWith(commentMarker)).toBe(true)
  })

  test('every figure agrees with check, the job summary and plans.json, and sections add up', () => {
    // The example plan, and a pull request that ticks Phase 2 step 2, the Phase 2
    // completion criterion "Upgrade test green" and Phase 3 step 1.
    const path = 'plans/oauth.md'
    const before = readFileSync(
      new URL(
        '../examples/agents/performance/execution_plans/2025-02-06_gpt-5-codex_oauth-pkce-migration.md',
        import.meta.url
      ),
      'utf8'
    )
    const after = before
      .replace('2. [ ] Add telemetry', '2. [x] Add telemetry')
      .replace('- [ ] Upgrade test green', '- [x] Upgrade test green')
      .replace('1. [ ] Disable the implicit grant', '1. [x] Disable the implicit grant')
    expect(after.match(/\[x\]/g)).toHaveLength(7)
    const headDocument = parseDocument(after, { path })
    const { body } = renderPullRequestComment({
      head: analysedPlans([headDocument]),
      base: analysedPlans([parseDocument(before, { path })]),
      touched: new Set([path])
    })
    // check's table and the job summary count the same boxes.
    const [row] = progressRows([headDocument.document])
    expect([row?.done, row?.total]).toEqual([7, 9])
    const [plansJson] = analysedPlans([headDocument]).map(({ record }) => record.progress)
    expect([plansJson?.done, plansJson?.total]).toEqual([7, 9])
    expect(body).toContain('| in progress | 7/9 | 3 ticked |')
    const sections = [...body.matchAll(/^\| (Success criteria|Phase \d[^|]*) \| (\d+)\/(\d+) \|/gm)]
    expect(sections.map((match) => `${match[2]}/${match[3]}`)).toEqual(['1/3', '3/3', '2/2', '1/1'])
    const sum = (index: number) =>
      sections.reduce((total, match) => total + Number(match[index]), 0)
    expect([sum(2), sum(3)]).toEqual([7, 9])
    expect(body).toContain('| **All boxes** | 7/9 |  |')
    expect(body).toContain('1 item is marked `[/]`, `[~]` or `[-]`')
    expect(body).toContain(
      '<details><summary>Migrate the mobile login to OAuth 2.0 with PKCE: boxes by section</summary>'
    )
  })

  test('a pull request that ticks only a phase completion criterion, or ticks one box and unticks another, says so', () => {
    const plan = (criterion: string, first: string, second: string) =>
      `# EXECUTION PLAN: p\n\n**Agent**: a\n\n### Phase 1: One\n1. [${first}] first\n2. [${second}] second\n\n**Phase Completion Criteria**:\n- [${criterion}] green\n`
    const render = (before: string, after: string) =>
      renderPullRequestComment({
        head: analysedPlans([parseDocument(after, { path: 'p.md' })]),
        base: analysedPlans([parseDocument(before, { path: 'p.md' })]),
        touched: new Set(['p.md'])
      }).body
    expect(render(plan(' ', 'x', ' '), plan('x', 'x', ' '))).toContain('| 2/3 | 1 ticked |')
    expect(render(plan(' ', 'x', ' '), plan(' ', ' ', 'x'))).toContain(
      '| 1/3 | 1 ticked, 1 unticked |'
    )
    expect(render(plan(' ', 'x', ' '), `${plan(' ', 'x', ' ')}- [ ] another\n`)).toContain(
      '| 1/4 | +1 box |'
    )
  })

  test('a plan title in the summary is escaped for HTML, where backslashes would show', () => {
    const document = parseDocument(
      '# EXECUTION PLAN: fix_the cache <b> @team\n\n### Phase 1: x\n- [ ] y\n',
      {
        path: 'execution_plans/a_b.md'
      }
    )
    const { body } = renderPullRequestComment({
      head: analysedPlans([document]),
      base: [],
      touched: new Set(['execution_plans/a_b.md'])
    })
    expect(body).toContain(
      '<details><summary>fix_the cache &lt;b&gt; @\u200bteam: boxes by section</summary>'
    )
  })

  test('drops whole sections in a fixed order to stay under the size limit, and says so', () => {
    const original = readFileSync(
      new URL('./fixtures/documents/plan-original/plan.md', import.meta.url),
      'utf8'
    )
    const plan = analysedPlans([parseDocument(original, { path: 'plans/original.md' })])
    const input = { head: plan, base: [], touched: new Set(['plans/original.md']) }
    const full = renderPullRequestComment(input)
    expect(full.truncated).toBe(false)
    expect(full.body).toContain('| Phase 2: Implementation &amp; Development | 7/7 |  |')
    const withoutPhases = renderPullRequestComment({ ...input, maxLength: full.body.length - 1 })
    expect(withoutPhases.truncated).toBe(true)
    expect(withoutPhases.body).not.toContain('Implementation &amp; Development')
    expect(withoutPhases.body).toContain(
      "_Left out to stay within GitHub's comment size: progress by section; see the full report._"
    )
    expect(withoutPhases.body).toMatch(
      /^\| .* \(plans\/original\.md\) \| claude-sonnet-4 \| claims completed, boxes left unticked \| \d+\/\d+ \| new plan \|$/m
    )
    const tiny = renderPullRequestComment({ ...input, maxLength: 200 })
    expect(tiny.body).toContain('progress by section, new findings, plan table')
    expect(tiny.body).not.toContain('(plans/original.md) |')
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
      '| claude debugging (agents/execution\\_plans/fix.md) | claude | in progress | 2/3 | 1 ticked |'
    )
    expect(stdout).not.toContain('untouched.md')
    git(dir, ['mv', 'agents/execution_plans/fix.md', 'agents/execution_plans/fixed.md'])
    commitAll(dir, 'move', '2026-11-22T10:00:00Z')
    const moved = await runCli(['comment', '--base', 'main', '--cwd', dir, '--no-cache'])
    expect(moved.stdout).toContain(
      '| claude debugging (agents/execution\\_plans/fixed.md) | claude | in progress | 2/3 | 1 ticked |'
    )
    expect(moved.stdout).not.toContain('removed')
    expect((await runCli(['comment', '--base', 'no-such-branch', '--cwd', dir])).code).toBe(2)
    expect((await runCli(['comment', '--cwd', dir])).code).toBe(2)
  })
})

describe('plansAtCommits, for the merge base of a pull request', () => {
  test("reuses the check's parse of every blob the merge base shares, without the findings the head's other documents gave it", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planmark-base-reuse-'))
    mkdirSync(join(dir, 'agents/execution_plans'), { recursive: true })
    const write = (name: string, facts: PlanFacts) =>
      writeFileSync(join(dir, 'agents/execution_plans', name), planMarkdown(facts))
    write('b.md', { agent: 'b', planId: 'PLAN-1', criteria: ['x'] })
    write('c.md', { agent: 'c', criteria: [' '] })
    commitAll(dir, 'base', '2026-11-20T10:00:00Z')
    const base = git(dir, ['rev-parse', 'HEAD']).trim()
    // At the head, a.md states b.md's id: the head's check reports it on b.md, whose blob is unchanged.
    write('a.md', { agent: 'a', planId: 'PLAN-1', criteria: ['x'] })
    write('c.md', { agent: 'c', criteria: ['x'] })
    commitAll(dir, 'head', '2026-11-21T10:00:00Z')
    const check = await checkFiles([], { cwd: dir })
    const ruleIdsAt = (plans: AnalysedPlan[], path: string) =>
      plans
        .find(({ record }) => record.path === path)
        ?.record.findings.map((finding) => finding.ruleId)
    expect(
      ruleIdsAt(analysedPlans(documentsAndFiles(check)), 'agents/execution_plans/b.md')
    ).toContain('duplicate-plan-id')

    const [reused = []] = await plansAtCommits(dir, [base], check.config, check.checkedByBlob)
    const [parsed = []] = await plansAtCommits(dir, [base], check.config)
    expect(reused).toEqual(parsed)
    expect(ruleIdsAt(reused, 'agents/execution_plans/b.md')).not.toContain('duplicate-plan-id')

    // The recalled state is the one used: b.md's blob is not parsed again.
    const recalled = new Map(check.checkedByBlob)
    for (const [key, entry] of recalled)
      if (entry.path === 'agents/execution_plans/b.md' && entry.parsed)
        recalled.set(key, {
          ...entry,
          parsed: { ...entry.parsed, document: { ...entry.parsed.document, title: 'recalled' } }
        })
    const [fromRecalled = []] = await plansAtCommits(dir, [base], check.config, recalled)
    expect(
      fromRecalled.find(({ record }) => record.path === 'agents/execution_plans/b.md')?.record.title
    ).toBe('recalled')
    expect(
      fromRecalled.find(({ record }) => record.path === 'agents/execution_plans/c.md')?.record
    ).toEqual(parsed.find(({ record }) => record.path === 'agents/execution_plans/c.md')?.record)

    // Only the plans the change touches get records, the same as when every plan gets one.
    const touched = (path: string) => path === 'agents/execution_plans/c.md'
    const [some = []] = await plansAtCommits(
      dir,
      [base],
      check.config,
      check.checkedByBlob,
      touched
    )
    expect(some).toEqual(parsed.filter(({ record }) => touched(record.path)))
    expect(some).toHaveLength(1)
  })
})
