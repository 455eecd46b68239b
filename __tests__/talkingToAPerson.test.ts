import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { progressTable } from '../src/cli/progressTable.js'
import { textTable } from '../src/cli/textTable.js'
import { terminalAbilities } from '../src/cli/terminalAbilities.js'
import { didYouMean } from '../src/core/text/didYouMean.js'
import { parseDocument } from '../src/core/parseDocument.js'
import { commitAll } from './helpers/git.js'
import { runCli } from './helpers/runCli.js'

const examples = new URL('../examples', import.meta.url).pathname

describe('mistakes get a suggestion and the usage line', () => {
  test('a mistyped command', async () => {
    const { code, stderr } = await runCli(['chek'])
    expect(code).toBe(2)
    expect(stderr).toBe(
      'planmark: unknown command chek; did you mean check?\nUsage: planmark <command> [options]\nRun planmark --help for the commands.\n'
    )
  })

  test('a mistyped option: no raw parseArgs message, no unclosed quote', async () => {
    const { code, stderr } = await runCli(['check', '--fial-on', 'warning', '--cwd', examples])
    expect(code).toBe(2)
    expect(stderr).toBe(
      'planmark check: unknown option --fial-on; did you mean --fail-on?\nUsage: planmark check [paths...] [options]\nRun planmark check --help for the options.\n'
    )
  })

  test('every command, rollup included, suggests the option meant', async () => {
    const { code, stderr } = await runCli(['rollup', 'a.json', '--otu', 'x'])
    expect(code).toBe(2)
    expect(stderr).toContain('planmark rollup: unknown option --otu; did you mean --out?')
  })

  test('an option without its value, and an argument a command does not take', async () => {
    const missing = await runCli(['analyze', '--out'])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain(
      'planmark analyze: --out needs a value\nUsage: planmark analyze'
    )
    const extra = await runCli(['init', 'extra'])
    expect(extra.code).toBe(2)
    expect(extra.stderr).toContain('planmark init: unexpected argument extra\nUsage: planmark init')
  })

  test('nothing close enough gets no guess', () => {
    expect(didYouMean('frobnicate', ['check', 'analyze'])).toBeUndefined()
    expect(didYouMean('rpeort', ['check', 'report'])).toBe('report')
  })

  test('planmark help check prints check’s help', async () => {
    const help = await runCli(['help', 'check'])
    expect(help.code).toBe(0)
    expect(help.stdout).toBe((await runCli(['check', '--help'])).stdout)
    expect(help.stdout).toMatch(/^Usage: planmark check/)
  })

  test('--cwd to a folder that does not exist says so', async () => {
    const { code, stderr } = await runCli(['check', '--cwd', '/nonexistent/planmark'])
    expect(code).toBe(2)
    expect(stderr).toBe(
      'planmark check: --cwd /nonexistent/planmark: the folder /nonexistent/planmark does not exist\n'
    )
  })

  test('comment --base origin/main without an origin remote says there is no such remote', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planmark-noremote-'))
    mkdirSync(join(dir, 'plans'))
    writeFileSync(join(dir, 'plans/p.md'), '- [ ] a\n')
    commitAll(dir, 'plans')
    const { code, stderr } = await runCli(['comment', '--base', 'origin/main', '--cwd', dir])
    expect(code).toBe(2)
    expect(stderr).toContain('this repository has no remote named origin (it has no remote)')
    expect(stderr).not.toContain('fetch-depth')
  })
})

describe('colours follow the conventions', () => {
  const io = (env: Record<string, string>, isTTY: boolean) => ({
    cwd: '/',
    env,
    stdout: { write: () => true, isTTY, columns: 80 },
    stderr: { write: () => true, isTTY, columns: 80 },
    now: () => new Date()
  })
  test.each([
    [{}, true, true, true],
    [{}, false, false, false],
    [{ NO_COLOR: '1' }, true, false, true],
    [{ FORCE_COLOR: '1' }, false, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, true, true, true],
    [{ FORCE_COLOR: '0' }, true, false, true],
    [{ TERM: 'dumb' }, true, false, false]
  ])('%j on a terminal: %s → colour %s, progress %s', (env, tty, color, progress) => {
    expect(terminalAbilities(io(env, tty), 'stderr')).toMatchObject({ color, progress })
  })

  test('FORCE_COLOR colours check’s findings in a pipe; TERM=dumb gets neither colours nor a progress line', async () => {
    const forced = await runCli(['check', '--cwd', examples], { env: { FORCE_COLOR: '1' } })
    expect(forced.stderr).toContain('\u001b[')
    const dumb = await runCli(['check', '--cwd', examples], { env: { TERM: 'dumb' }, tty: true })
    expect(dumb.stderr).not.toContain('\u001b[')
    expect(dumb.stderr).not.toContain('\r')
  })
})

describe('tables fit the terminal', () => {
  const long = `agents/performance/execution_plans/${'very-long-name-'.repeat(6)}plan.md`
  const documents = [parseDocument('- [x] a\n- [ ] b\n', { path: long }).document]

  test('paths are shortened in the middle, keeping the file name, and no line wraps', () => {
    const table = progressTable(documents, 80)
    for (const line of table.split('\n')) expect([...line].length).toBeLessThan(80)
    expect(table).toContain('agents/')
    expect(table).toContain('…')
    expect(table).toMatch(/-plan\.md /)
  })

  test('a file or a pipe gets the whole path', () => {
    expect(progressTable(documents)).toContain(long)
  })

  test('numbers stay right-aligned', () => {
    expect(
      textTable(
        [
          ['a', '1'],
          ['bb', '10']
        ],
        { numeric: new Set([1]) }
      )
    ).toBe('a    1\nbb  10')
  })
})
