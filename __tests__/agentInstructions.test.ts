import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { agentBlockMarkers } from '../src/core/scaffold/agentInstructions.js'
import { upsertMarkedBlock } from '../src/core/scaffold/upsertMarkedBlock.js'
import { runCli } from './helpers/runCli.js'

const count = (text: string, part: string) => text.split(part).length - 1

/** The file with planmark's block (markers included) cut out. */
function withoutBlock(text: string): string {
  const begin = text.indexOf(agentBlockMarkers.begin)
  const end = text.indexOf(agentBlockMarkers.end) + agentBlockMarkers.end.length
  return text.slice(0, begin) + text.slice(end)
}

describe('planmark init --agents', () => {
  test('the block is in AGENTS.md exactly once after two runs, and the rest of the file is kept byte for byte', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planmark-agents-'))
    const mine = '# Agents\r\n\r\nUse tabs.\t Keep  this  spacing. é\r\n'
    writeFileSync(join(dir, 'AGENTS.md'), mine)
    writeFileSync(join(dir, 'CLAUDE.md'), 'Claude notes, no final newline')
    const first = await runCli(['init', '--agents', '--cwd', dir])
    expect(first.code).toBe(0)
    const once = readFileSync(join(dir, 'AGENTS.md'), 'utf8')
    const second = await runCli(['init', '--agents', '--cwd', dir])
    expect(second.code).toBe(0)
    expect(second.stdout).toContain('unchanged AGENTS.md')
    for (const [file, original] of [
      ['AGENTS.md', mine],
      ['CLAUDE.md', 'Claude notes, no final newline']
    ] as const) {
      const text = readFileSync(join(dir, file), 'utf8')
      expect(count(text, agentBlockMarkers.begin), file).toBe(1)
      expect(count(text, agentBlockMarkers.end), file).toBe(1)
      expect(withoutBlock(text).startsWith(original), file).toBe(true)
    }
    expect(readFileSync(join(dir, 'AGENTS.md'), 'utf8')).toBe(once)
    const agents = readFileSync(join(dir, 'AGENTS.md'), 'utf8')
    // The four instructions.
    expect(agents).toContain('npx planmark new plan')
    expect(agents).toContain('commit as\r\n  you go, so that git has the times')
    expect(agents).toContain('State the agent and the model')
    expect(agents).toContain('npx planmark check')
    // The block takes the file's CRLF line endings.
    expect(agents.replace(/\r\n/g, '')).not.toContain('\n')
    // Files for agents that are not there are not made up.
    expect(existsSync(join(dir, '.github/copilot-instructions.md'))).toBe(false)
    expect(existsSync(join(dir, '.cursor'))).toBe(false)
  })

  test('a block edited by hand is updated in place, text after it kept', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planmark-agents-'))
    const after = '\n\n## Mine, after the block\n\nKeep me.\n'
    writeFileSync(
      join(dir, 'AGENTS.md'),
      `# Top\n\n${agentBlockMarkers.begin}\nold words\n${agentBlockMarkers.end}${after}`
    )
    expect((await runCli(['init', '--agents', '--cwd', dir])).code).toBe(0)
    const text = readFileSync(join(dir, 'AGENTS.md'), 'utf8')
    expect(text).not.toContain('old words')
    expect(text.startsWith(`# Top\n\n${agentBlockMarkers.begin}\n## Execution plans`)).toBe(true)
    expect(text.endsWith(`${agentBlockMarkers.end}${after}`)).toBe(true)
  })

  test('files asked for are created: Copilot’s, and Cursor’s rule with its front matter', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planmark-agents-'))
    const { code, stdout } = await runCli([
      'init',
      '--agents',
      '--agents-for',
      'copilot,cursor',
      '--cwd',
      dir
    ])
    expect(code).toBe(0)
    expect(stdout).toContain('created AGENTS.md')
    expect(readFileSync(join(dir, '.github/copilot-instructions.md'), 'utf8')).toContain(
      agentBlockMarkers.begin
    )
    const rule = readFileSync(join(dir, '.cursor/rules/planmark.mdc'), 'utf8')
    expect(rule.startsWith('---\ndescription: ')).toBe(true)
    expect(rule).toContain('alwaysApply: true')
    expect(existsSync(join(dir, 'CLAUDE.md'))).toBe(false)
    expect(existsSync(join(dir, 'planmark.config.json'))).toBe(true)
  })

  test('a .cursor folder that exists gets the rule without asking; an unknown name writes nothing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planmark-agents-'))
    mkdirSync(join(dir, '.cursor'))
    const unknown = await runCli(['init', '--agents', '--agents-for', 'clippy', '--cwd', dir])
    expect(unknown.code).toBe(2)
    expect(unknown.stderr).toContain('--agents-for takes claude, copilot, cursor; found clippy')
    expect(existsSync(join(dir, 'planmark.config.json'))).toBe(false)
    expect((await runCli(['init', '--agents', '--cwd', dir])).code).toBe(0)
    expect(existsSync(join(dir, '.cursor/rules/planmark.mdc'))).toBe(true)
  })
})

describe('upsertMarkedBlock', () => {
  const markers = { begin: '<!-- b -->', end: '<!-- e -->' }
  test('refuses a begin without its end, and two blocks', () => {
    expect(upsertMarkedBlock('<!-- b -->\nx\n', markers, 'y')).toMatchObject({ ok: false })
    expect(
      upsertMarkedBlock('<!-- b -->\n<!-- e -->\n<!-- b -->\n<!-- e -->\n', markers, 'y')
    ).toMatchObject({ ok: false })
  })
  test('an empty file gets the block alone', () => {
    expect(upsertMarkedBlock('', markers, 'y')).toEqual({
      ok: true,
      text: '<!-- b -->\ny\n<!-- e -->\n',
      changed: true
    })
  })
})
