import { cpSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { commitAll } from './helpers/git.js'
import { runCli } from './helpers/runCli.js'

const examples = new URL('../examples', import.meta.url).pathname

/** A copy of the examples committed once, on 2025-02-12. */
function committedExamples(): string {
  const dir = mkdtempSync(join(tmpdir(), 'planmark-report-'))
  cpSync(examples, dir, { recursive: true })
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
