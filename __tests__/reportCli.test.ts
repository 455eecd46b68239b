import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { commitAll, git } from './helpers/git.js'
import { runCli } from './helpers/runCli.js'
import { copyOfExamples } from './helpers/copyOfExamples.js'

const examples = new URL('../examples', import.meta.url).pathname

/** A copy of the examples committed once, on 2025-02-12. */
function committedExamples(): string {
  const dir = copyOfExamples('planmark-report-')
  commitAll(dir, 'plans', '2025-02-12T10:00:00Z')
  return dir
}

describe('planmark report', () => {
  test('--week writes the weekly report, and a rerun leaves the same bytes', async () => {
    const dir = committedExamples()
    const path = 'agents/performance/reports/weekly/2025-W07.md'
    expect(await runCli(['report', '--week', '2025-W07', '--cwd', dir])).toMatchObject({
      code: 0,
      stdout: `wrote     ${path}\n`
    })
    const first = readFileSync(join(dir, path), 'utf8')
    expect(first).toContain('# Weekly agent report: 2025-W07')
    expect(await runCli(['report', '--week', '2025-W07', '--cwd', dir])).toMatchObject({
      code: 0,
      stdout: `unchanged ${path}\n`
    })
    expect(readFileSync(join(dir, path), 'utf8')).toBe(first)
  })

  test('--week last is the last full week in UTC, by the clock', async () => {
    const dir = committedExamples()
    const { stdout } = await runCli(['report', '--week', 'last', '--cwd', dir, '--json'], {
      now: new Date('2025-02-19T08:00:00Z')
    })
    expect(JSON.parse(stdout)).toEqual({
      path: 'agents/performance/reports/weekly/2025-W07.md',
      changed: true
    })
  })

  test('without --week it writes report.md', async () => {
    const dir = committedExamples()
    expect((await runCli(['report', '--cwd', dir])).stdout).toBe(
      'wrote     agents/performance/reports/report.md\n'
    )
  })

  test('a plan moved with git mv is the same plan: it does not finish again in a later week', async () => {
    const dir = committedExamples()
    const plans = join(dir, 'agents/performance/execution_plans')
    mkdirSync(join(plans, 'done'))
    git(dir, [
      'mv',
      join(plans, '2025-02-06_gpt-5-codex_oauth-pkce-migration.md'),
      join(plans, 'done')
    ])
    git(dir, [
      'mv',
      join(plans, '2025-02-03_claude-sonnet-4_websocket-reconnect.md'),
      join(plans, 'done')
    ])
    git(
      dir,
      ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'archive'],
      '2025-02-18T10:00:00Z'
    )
    expect((await runCli(['report', '--week', '2025-W08', '--cwd', dir])).code).toBe(0)
    const report = readFileSync(join(dir, 'agents/performance/reports/weekly/2025-W08.md'), 'utf8')
    // The websocket plan finished in W07's snapshot already; moving it finishes nothing.
    expect(report).toContain('- **Finished**: 0')
    expect(report).not.toContain('websocket')
  })

  test('a week counts the same findings as plans.json, the rules across documents included', async () => {
    const dir = committedExamples()
    const plan = join(dir, 'agents/performance/execution_plans/2025-02-19_codex_unknown-prompt.md')
    writeFileSync(
      plan,
      readFileSync(
        join(dir, 'agents/performance/execution_plans/2025-02-13_cursor-agent_dark-mode-toggle.md'),
        'utf8'
      ).replace(/^(\*\*Agent\*\*:.*)$/m, '$1\n**Prompt**: no-such-prompt@1  ')
    )
    commitAll(dir, 'a plan naming an unknown prompt', '2025-02-19T10:00:00Z')
    await runCli(['analyze', '--cwd', dir])
    const record = (
      JSON.parse(
        readFileSync(join(dir, 'agents/performance/metrics/current/plans.json'), 'utf8')
      ) as { plans: Array<{ path: string; findings: Array<{ ruleId: string }> }> }
    ).plans.find((entry) => entry.path.endsWith('unknown-prompt.md'))
    expect(record?.findings.map((finding) => finding.ruleId)).toContain('unknown-prompt')
    expect((await runCli(['report', '--week', '2025-W08', '--cwd', dir])).code).toBe(0)
    const report = readFileSync(join(dir, 'agents/performance/reports/weekly/2025-W08.md'), 'utf8')
    expect(report).toContain('- `unknown-prompt` in ')
  })

  test('a bad week, or no git history, is a clear error (exit 2)', async () => {
    expect((await runCli(['report', '--week', '2025-W60', '--cwd', examples])).code).toBe(2)
    const outside = mkdtempSync(join(tmpdir(), 'planmark-nogit-'))
    const noGit = await runCli(['report', '--week', '2025-W07', '--cwd', outside])
    expect(noGit.code).toBe(2)
    expect(noGit.stderr).toContain(
      'is not in a git repository: the weekly report reads plans as they were at the end of each week from git history'
    )
    const tooEarly = await runCli(['report', '--week', '2024-W07', '--cwd', committedExamples()])
    expect(tooEarly.code).toBe(2)
    expect(tooEarly.stderr).toContain('No commit before the end of 2024-W07')
  })
})
