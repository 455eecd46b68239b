import { spawn } from 'node:child_process'
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  symlinkSync,
  truncateSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { commitAll } from './helpers/git.js'
import { planMarkdown } from './helpers/planMarkdown.js'

// Processes, git repositories, servers or many generated runs: allow for a slow machine.
vi.setConfig({ testTimeout: 60_000 })

const root = new URL('..', import.meta.url).pathname
const secret = 'SECRET-OUTSIDE-THE-REPOSITORY'

/** Runs the bundled CLI with a heap cap and a hard time limit: a run that needs more is killed and fails the test. */
function cli(args: string[], cwd: string) {
  return new Promise<{
    code: number | null
    signal: string | null
    stdout: string
    stderr: string
  }>((resolve) => {
    const child = spawn(
      process.execPath,
      ['--max-old-space-size=384', join(root, 'dist/cli.js'), ...args],
      { cwd, timeout: 120_000, env: { PATH: process.env.PATH ?? '', NO_COLOR: '1' } }
    )
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk))
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk))
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }))
  })
}

/**
 * A repository whose plans/ folder holds the hostile corpus
 * (__tests__/fixtures/hostile/) and the cases a fixture folder cannot hold:
 * a 50 MB file, a 1 MB line, symbolic links out of the repository, file
 * names with spaces, unicode, line breaks and shell syntax; and one good plan.
 */
function hostileRepository(): { repo: string; outside: string } {
  const base = mkdtempSync(join(tmpdir(), 'planmark-hostile-'))
  const outside = join(base, 'outside.md')
  writeFileSync(outside, `# EXECUTION PLAN: ${secret}\n\n**Agent**: ${secret}\n`)
  const repo = join(base, 'repo')
  const plans = join(repo, 'plans')
  mkdirSync(plans, { recursive: true })
  cpSync(join(root, '__tests__/fixtures/hostile'), plans, { recursive: true })
  writeFileSync(join(plans, 'good.md'), planMarkdown({ agent: 'claude', criteria: ['x', 'x'] }))
  writeFileSync(join(plans, 'fifty-megabytes.md'), '')
  truncateSync(join(plans, 'fifty-megabytes.md'), 50 * 1024 * 1024)
  writeFileSync(join(plans, 'one-megabyte-line.md'), `- [ ] ${'a'.repeat(1024 * 1024)}\n`)
  symlinkSync(outside, join(plans, 'link-out.md'))
  symlinkSync('../../outside.md', join(plans, 'link-dotdot.md'))
  for (const name of [
    'with space é ü.md',
    'line\nbreak.md',
    'mask\n::add-mask::x.md',
    '$(touch pwned).md'
  ])
    writeFileSync(join(plans, name), planMarkdown({ agent: 'claude', criteria: ['x', ' '] }))
  commitAll(repo, 'hostile corpus')
  return { repo, outside }
}

interface CheckedDocument {
  path: string
  kind: string | null
  messages: Array<{ line: number | null; column: number | null; ruleId: string; reason: string }>
}

describe('hostile and broken input', () => {
  test('every file gets a document or a positioned message, the others are analysed, and nothing leaks', async () => {
    const { repo } = hostileRepository()
    const check = await cli(['check', '--format', 'json', '--no-cache'], repo)
    expect(check.signal).toBeNull()
    expect(check.code).toBe(1)
    expect(check.stderr).toBe('')
    const { documents } = JSON.parse(check.stdout) as { documents: CheckedDocument[] }
    // Symbolic links are not followed when folders are searched: GitHub shows a link, not its target.
    const listed = readdirSync(join(repo, 'plans'))
      .filter((name) => name.endsWith('.md') && !name.startsWith('link-'))
      .map((name) => `plans/${name}`)
    expect(documents.map((document) => document.path).sort()).toEqual(listed.sort())
    for (const document of documents) {
      if (document.kind !== null) continue
      expect(document.messages.length, document.path).toBeGreaterThan(0)
      for (const message of document.messages) {
        expect(message.line, document.path).toBeGreaterThanOrEqual(1)
        expect(message.column, document.path).toBeGreaterThanOrEqual(1)
        expect(message.ruleId, document.path).toMatch(/^[a-z-]+$/)
      }
    }
    const byPath = new Map(documents.map((document) => [document.path, document]))
    const reasonOf = (path: string) => byPath.get(path)?.messages[0]?.reason ?? ''
    expect(reasonOf('plans/fifty-megabytes.md')).toContain('found 52428800 bytes; it was not read')
    expect(reasonOf('plans/deep-nesting.md')).toContain('found 10001 levels')
    expect(byPath.get('plans/good.md')?.kind).toBe('plan')
    expect(byPath.get('plans/one-megabyte-line.md')?.kind).not.toBeNull()
    expect(byPath.get('plans/line\nbreak.md')?.kind).toBe('plan')
    expect(check.stdout).not.toContain(secret)

    const analyze = await cli(['analyze', '--no-cache'], repo)
    expect(analyze.signal).toBeNull()
    expect(analyze.code).toBe(0)
    const plans = readFileSync(join(repo, 'agents/performance/metrics/current/plans.json'), 'utf8')
    expect(plans).toContain('"path": "plans/good.md"')
    const report = readFileSync(join(repo, 'agents/performance/reports/report.md'), 'utf8')
    for (const output of [plans, report, analyze.stdout]) expect(output).not.toContain(secret)
    expect(existsSync(join(repo, 'pwned'))).toBe(false)
    expect(existsSync(join(repo, 'plans', 'pwned'))).toBe(false)
  })

  test('links a folder walk meets that point out of the folder are not read', async () => {
    const { repo } = hostileRepository()
    const check = await cli(['check', '--format', 'json', 'plans'], repo)
    const { documents } = JSON.parse(check.stdout) as { documents: CheckedDocument[] }
    // The walk does not follow links; one that reached the reader would be refused there.
    for (const path of ['plans/link-out.md', 'plans/link-dotdot.md']) {
      const document = documents.find((entry) => entry.path === path)
      if (document) expect(document.messages[0]?.reason).toContain('resolves outside it')
    }
    expect(documents.some((entry) => entry.path === 'plans/good.md')).toBe(true)
    expect(check.stdout).not.toContain(secret)
  })

  test.each(['plans/link-out.md', 'plans/link-dotdot.md', 'plans/../../outside.md'])(
    'a file named on the command line (%s) is read wherever it lies: the user chose it',
    async (path) => {
      const { repo } = hostileRepository()
      const check = await cli(['check', '--format', 'json', path], repo)
      const { documents } = JSON.parse(check.stdout) as { documents: CheckedDocument[] }
      expect(documents).toHaveLength(1)
      expect(documents[0]?.kind).toBe('plan')
      expect(documents[0]?.messages.map((message) => message.ruleId)).not.toContain(
        'file-unreadable'
      )
    }
  )

  test('a prompt named from outside the repository is read; git is not asked for its history', async () => {
    const { repo } = hostileRepository()
    const prompt = join(repo, '..', 'prompt.md')
    writeFileSync(prompt, '---\nid: p\nversion: 1\ntype: task\n---\n\n# P\n')
    const check = await cli(['check', '--format', 'json', '../prompt.md'], repo)
    const { documents } = JSON.parse(check.stdout) as { documents: CheckedDocument[] }
    expect(documents.map((document) => document.kind)).toEqual(['prompt'])
  })

  test('a file named by its absolute path is read from any other folder', async () => {
    const { outside } = hostileRepository()
    const elsewhere = mkdtempSync(join(tmpdir(), 'planmark-elsewhere-'))
    const check = await cli(['check', '--format', 'json', outside], elsewhere)
    const { documents } = JSON.parse(check.stdout) as { documents: CheckedDocument[] }
    expect(documents).toHaveLength(1)
    expect(documents[0]?.kind).toBe('plan')
    expect(documents[0]?.path).toBe(relative(elsewhere, outside))
  })

  test('document text printed by the CLI cannot issue workflow commands', async () => {
    const { repo } = hostileRepository()
    const check = await cli(['check'], repo)
    const analyze = await cli(['analyze', '--no-cache'], repo)
    for (const output of [check.stdout, check.stderr, analyze.stdout, analyze.stderr]) {
      const lines = output.split(/\r\n|\r|\n/)
      expect(lines.filter((line) => /^\s*::/.test(line))).toEqual([])
    }
    // The file name with a line break is still reported, its break made visible or defused.
    expect(check.stdout).toContain('add-mask::x.md')
  })
})

describe('the per-file parse budget', () => {
  function budgetRepository(config: object): string {
    const repo = mkdtempSync(join(tmpdir(), 'planmark-budget-'))
    mkdirSync(join(repo, 'plans'))
    writeFileSync(join(repo, 'planmark.config.json'), JSON.stringify(config))
    // 200,000 task items: micromark needs seconds and gigabytes for them.
    writeFileSync(join(repo, 'plans/huge.md'), '- [ ] x\n'.repeat(200_000))
    writeFileSync(join(repo, 'plans/good.md'), planMarkdown({ agent: 'claude', criteria: ['x'] }))
    return repo
  }

  test.each([
    [{ maxParseSeconds: 1 }, 'Expected the parser to finish within 1 s (maxParseSeconds)'],
    [
      { maxParseMegabytes: 48, maxParseSeconds: 120 },
      'Expected the parser to need at most 48 MB of heap'
    ]
  ])('%j stops the parse, reports it, and checks the others', async (config, reason) => {
    const check = await cli(['check', '--format', 'json', '--no-cache'], budgetRepository(config))
    expect(check.signal).toBeNull()
    const { documents } = JSON.parse(check.stdout) as { documents: CheckedDocument[] }
    const huge = documents.find((document) => document.path === 'plans/huge.md')
    expect(huge?.messages[0]).toMatchObject({ line: 1, column: 1, ruleId: 'file-too-complex' })
    expect(huge?.messages[0]?.reason).toContain(reason)
    expect(documents.find((document) => document.path === 'plans/good.md')?.kind).toBe('plan')
  })
})

describe('every document is bounded in time, whatever its size', () => {
  /** The three slow inputs of issue 11, each under 256 KiB, with a good plan beside them. */
  function slowRepository(): string {
    const repo = mkdtempSync(join(tmpdir(), 'planmark-slow-'))
    mkdirSync(join(repo, 'plans'))
    // Long enough for the two fast files under a loaded CI machine; the two slow ones need far more.
    writeFileSync(join(repo, 'planmark.config.json'), JSON.stringify({ maxParseSeconds: 6 }))
    const head = '# EXECUTION PLAN: slow\n\n**Agent**: claude\n'
    // Quadratic in the duration pattern: 20 KB of digits took 6.8 s, 250 KB ran past 120 s.
    writeFileSync(
      join(repo, 'plans/digits.md'),
      `${head}**Estimated Duration**: ${'9'.repeat(250_000)}\n`
    )
    // Quadratic in `\(.*?\)`: 28–38 s.
    writeFileSync(
      join(repo, 'plans/parens.md'),
      `${head}**Estimated Duration**: ${'('.repeat(250_000)}\n`
    )
    // Quadratic in micromark's emphasis pairing: 24 KB took 9 s, 240 KB ran past 120 s.
    writeFileSync(join(repo, 'plans/attention.md'), `${head}\n${'*a_'.repeat(80_000)}\n`)
    // Below the size that alone calls for the budget (64 KiB): the delimiters do.
    writeFileSync(join(repo, 'plans/attention-small.md'), `${head}\n${'*a_'.repeat(20_000)}\n`)
    writeFileSync(join(repo, 'plans/good.md'), planMarkdown({ agent: 'claude', criteria: ['x'] }))
    return repo
  }

  test('the slow inputs end in a finding or a normal result, and the others are checked', async () => {
    const check = await cli(['check', '--format', 'json', '--no-cache'], slowRepository())
    expect(check.signal).toBeNull()
    expect(check.stderr).toBe('')
    const { documents } = JSON.parse(check.stdout) as { documents: CheckedDocument[] }
    const byPath = new Map(documents.map((document) => [document.path, document]))
    for (const path of ['plans/digits.md', 'plans/parens.md']) {
      const invalid = byPath
        .get(path)
        ?.messages.find((message) => message.ruleId === 'invalid-value')
      expect(invalid, path).toMatchObject({ line: 4 })
      // The value is quoted cut short, not 250 KB long.
      expect(invalid?.reason.length, path).toBeLessThan(300)
    }
    for (const path of ['plans/attention.md', 'plans/attention-small.md'])
      expect(byPath.get(path)?.messages[0], path).toMatchObject({
        line: 1,
        ruleId: 'file-too-complex',
        reason: expect.stringContaining('within 6 s (maxParseSeconds)') as unknown
      })
    expect(byPath.get('plans/good.md')?.kind).toBe('plan')
  })
})
