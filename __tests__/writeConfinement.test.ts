import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { commitAll, git } from './helpers/git.js'
import { planMarkdown } from './helpers/planMarkdown.js'
import { runCli } from './helpers/runCli.js'

// git repositories on disk: allow for a slow machine.
vi.setConfig({ testTimeout: 60_000 })

const untouched = 'NOT PLANMARK: must stay as it is\n'

/**
 * A committed repository with one plan, beside a folder outside it that
 * holds a file planmark must never overwrite. `prepare` adds links or a
 * configuration before the commit.
 */
function repository(
  prepare: (repo: string, outside: string) => void = () => undefined,
  date?: string
) {
  const base = mkdtempSync(join(tmpdir(), 'planmark-confine-'))
  const repo = join(base, 'repo')
  const outside = join(base, 'outside')
  mkdirSync(join(repo, 'plans'), { recursive: true })
  mkdirSync(outside)
  for (const name of ['report.md', 'plans.json', 'documents.json'])
    writeFileSync(join(outside, name), untouched)
  writeFileSync(join(repo, 'plans/a.md'), planMarkdown({ agent: 'claude', criteria: ['x', ' '] }))
  prepare(repo, outside)
  commitAll(repo, 'plans', date)
  return { base, repo, outside }
}

function outsideUnchanged(outside: string): void {
  expect(readdirSync(outside).sort()).toEqual(['documents.json', 'plans.json', 'report.md'])
  for (const name of readdirSync(outside))
    expect(readFileSync(join(outside, name), 'utf8')).toBe(untouched)
}

describe('outputs and the cache are written only inside the repository', () => {
  test('a committed link at agents/performance/reports pointing outside: refused, exit 2', async () => {
    const { repo, outside } = repository((repo, outside) => {
      mkdirSync(join(repo, 'agents/performance'), { recursive: true })
      symlinkSync(outside, join(repo, 'agents/performance/reports'))
    })
    const { code, stderr } = await runCli(['analyze', '--cwd', repo, '--no-cache'])
    expect(code).toBe(2)
    expect(stderr).toContain(
      'reportsDir agents/performance/reports passes through the symbolic link agents/performance/reports'
    )
    outsideUnchanged(outside)
  })

  test('a link further up (agents → outside) is found too, and nothing is written', async () => {
    const { repo, outside } = repository((repo, outside) => {
      symlinkSync(outside, join(repo, 'agents'))
    })
    const { code, stderr } = await runCli(['report', '--cwd', repo])
    expect(code).toBe(2)
    expect(stderr).toContain('passes through the symbolic link agents:')
    outsideUnchanged(outside)
  })

  test('the weekly report is not written through a link either', async () => {
    const { repo, outside } = repository((repo, outside) => {
      mkdirSync(join(repo, 'agents/performance/reports'), { recursive: true })
      symlinkSync(outside, join(repo, 'agents/performance/reports/weekly'))
    }, '2026-11-20T10:00:00Z')
    const { code, stderr } = await runCli(['report', '--cwd', repo, '--week', '2026-W48'])
    expect(code).toBe(2)
    expect(stderr).toContain('passes through the symbolic link agents/performance/reports/weekly:')
    outsideUnchanged(outside)
  })

  test('a symlinked .planmark-cache is refused; a cache folder named with --cache may be anywhere', async () => {
    const { repo, outside } = repository((repo, outside) => {
      symlinkSync(outside, join(repo, '.planmark-cache'))
    })
    const refused = await runCli(['check', '--cwd', repo])
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(
      /The cache folder \S+\/\.planmark-cache passes through the symbolic link \.planmark-cache:/
    )
    outsideUnchanged(outside)
    const elsewhere = join(mkdtempSync(join(tmpdir(), 'planmark-cache-')), 'cache')
    const named = await runCli(['check', '--cwd', repo, '--cache', elsewhere, '--fail-on', 'never'])
    expect(named.code).toBe(0)
    expect(existsSync(join(elsewhere, 'documents.json'))).toBe(true)
  })

  test.each([
    ['"../outside/m"', '../outside/m'],
    ['an absolute metricsDir outside', 'ABSOLUTE']
  ])('a committed configuration with metricsDir %s: refused, exit 2', async (_, metricsDir) => {
    const { repo, outside } = repository((repo, outside) =>
      writeFileSync(
        join(repo, 'planmark.config.json'),
        JSON.stringify({ metricsDir: metricsDir === 'ABSOLUTE' ? join(outside, 'm') : metricsDir })
      )
    )
    const { code, stderr } = await runCli(['analyze', '--cwd', repo, '--no-cache'])
    expect(code).toBe(2)
    expect(stderr).toMatch(/metricsDir .*m is outside the repository/)
    outsideUnchanged(outside)
    expect(existsSync(join(repo, 'agents'))).toBe(false)
  })

  test('--out with an absolute path writes there, and --out ../x keeps the source commit', async () => {
    const { base, repo } = repository()
    const absolute = join(base, 'srv/reports')
    const first = await runCli(['analyze', '--cwd', repo, '--out', absolute, '--no-cache'])
    expect(first.code).toBe(0)
    expect(first.stdout).toContain(`wrote     ${absolute}/plans.json`)
    expect(existsSync(join(absolute, 'plans.json'))).toBe(true)
    expect(existsSync(join(repo, absolute))).toBe(false)
    const head = git(repo, ['rev-parse', 'HEAD']).trim()
    for (const out of [absolute, '../x']) {
      const { code, stdout } = await runCli(['analyze', '--cwd', repo, '--out', out, '--json'])
      expect(code).toBe(0)
      expect(JSON.parse(stdout).source.commit).toBe(head)
    }
    expect(JSON.parse(readFileSync(join(base, 'x/plans.json'), 'utf8')).source.commit).toBe(head)
    expect(readFileSync(join(repo, 'agents/performance/reports/report.md'), 'utf8')).toContain(
      `commit \`${head.slice(0, 12)}\``
    )
  })

  test('a reportsDir where documents are read is refused when the configuration is read', async () => {
    const { repo } = repository((repo) =>
      writeFileSync(join(repo, 'planmark.config.json'), JSON.stringify({ reportsDir: 'plans/out' }))
    )
    const { code, stderr } = await runCli(['check', '--cwd', repo])
    expect(code).toBe(2)
    expect(stderr).toContain(
      'reportsDir "plans/out" is where documents are read (plans/out/report.md would be read as a plan on the next run)'
    )
    expect(existsSync(join(repo, 'plans/out'))).toBe(false)
  })

  test('a configuration saved with a BOM is read', async () => {
    const { repo } = repository((repo) =>
      writeFileSync(
        join(repo, 'planmark.config.json'),
        `\uFEFF${JSON.stringify({ failOn: 'never' })}`
      )
    )
    const { code, stderr } = await runCli(['check', '--cwd', repo, '--no-cache'])
    expect(stderr).not.toContain('not valid JSON')
    expect(code).toBe(0)
  })
})
