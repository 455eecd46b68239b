import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync, mkdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { runCli } from './helpers/runCli.js'

const root = new URL('..', import.meta.url).pathname
const examples = join(root, 'examples')
const originalPlan =
  'agents/performance/execution_plans/2025-01-30_claude-sonnet-4_performance-system.md'
const packageVersion = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))
  .version as string

function tempRepo(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'planmark-cli-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(join(dir, path, '..'), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

const goodPlan = `# EXECUTION PLAN: Good

**Agent**: a  
**Start Time**: 2026-11-02T09:00:00Z  
**Estimated Duration**: 30 minutes  
**Task Category**: debugging  
**Complexity**: low

## Success Criteria
- [x] one
- [ ] two
`

describe('planmark check', () => {
  test('checks the examples: messages like remark, a progress table and a summary', async () => {
    const { code, stdout, stderr } = await runCli(['check', '--cwd', examples])
    expect(code).toBe(0) // examples/planmark.config.json sets failOn: never
    expect(stdout).toMatch(
      new RegExp(`${originalPlan}\\s+plan\\s+claude-sonnet-4\\s+completed\\s+19/24\\s+79%`)
    )
    expect(stderr).toContain(
      `${originalPlan}\n121:26-121:35 error   Expected every success criterion and step checked`
    )
    expect(stderr).toMatch(
      /planmark: 42 documents checked \(3 analysis, 1 checklist, 31 plan, 4 prompt, 3 review; dialects: 1 spec-kit\): \d+ errors, \d+ warnings, 0 infos\n$/
    )
  })

  test('--format json gives every document its kind, counts and messages, deterministically', async () => {
    const first = await runCli(['check', '--cwd', examples, '--format', 'json'])
    const second = await runCli(['check', '--cwd', examples, '--format', 'json'])
    expect(second.stdout).toBe(first.stdout)
    expect(first.stderr).toBe('')
    const report = JSON.parse(first.stdout)
    expect(report.documents).toHaveLength(42)
    const original = report.documents.find(
      (document: { path: string }) => document.path === originalPlan
    )
    expect(original).toMatchObject({
      kind: 'plan',
      valid: true,
      checkboxes: { checked: 19, unchecked: 5, inProgress: 0, dropped: 0, lost: 0 }
    })
    expect(original.messages[0]).toEqual({
      line: 121,
      column: 26,
      endLine: 121,
      endColumn: 35,
      severity: 'error',
      ruleId: 'status-completed-unchecked',
      source: 'planmark',
      reason:
        'Expected every success criterion and step checked for a plan that claims COMPLETED, found 5 of 5 success criteria unchecked',
      expected: ['all success criteria and steps checked'],
      actual: '5 of 5 success criteria unchecked'
    })
  })

  test('--fail-on decides the exit code', async () => {
    expect((await runCli(['check', '--cwd', examples, '--fail-on', 'error'])).code).toBe(1)
    const dir = tempRepo({ 'plans/plan.md': goodPlan })
    expect((await runCli(['check', 'plans/plan.md', '--cwd', dir])).code).toBe(0)
    expect(
      (await runCli(['check', 'plans/plan.md', '--cwd', dir, '--fail-on', 'warning'])).code
    ).toBe(0)
    const warned = tempRepo({ 'plan.md': goodPlan.replace('- [ ] two', '- [~] two') })
    expect((await runCli(['check', 'plan.md', '--cwd', warned, '--fail-on', 'warning'])).code).toBe(
      1
    )
    expect((await runCli(['check', 'plan.md', '--cwd', warned, '--fail-on', 'never'])).code).toBe(0)
  })

  test('broken files get a message and never stop the others', async () => {
    const dir = tempRepo({
      'agents/execution_plans/good.md': goodPlan,
      'agents/execution_plans/binary.md': new Uint8Array([
        0x2d, 0x20, 0x5b, 0x78, 0x5d, 0x00, 0xff
      ]),
      'agents/execution_plans/empty.md': '',
      'agents/execution_plans/latin1.md': new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x0a]),
      'agents/execution_plans/huge.md': `# EXECUTION PLAN: Huge\n${'- [x] step\n'.repeat(200)}`,
      'planmark.config.json': JSON.stringify({ maxFileBytes: 1000 })
    })
    const { code, stdout } = await runCli(['check', '--cwd', dir, '--format', 'json'])
    expect(code).toBe(1)
    const byPath = Object.fromEntries(
      JSON.parse(stdout).documents.map((document: { path: string }) => [
        document.path.split('/').pop(),
        document
      ])
    )
    expect(byPath['good.md']).toMatchObject({
      kind: 'plan',
      valid: true,
      checkboxes: { checked: 1, unchecked: 1 }
    })
    expect(byPath['binary.md'].messages[0]).toMatchObject({
      ruleId: 'file-unreadable',
      line: 1,
      column: 1,
      severity: 'error'
    })
    expect(byPath['latin1.md'].messages[0].reason).toContain('not valid UTF-8')
    expect(byPath['huge.md'].messages[0].reason).toContain('at most 1000 bytes')
    expect(byPath['empty.md'].messages[0]).toMatchObject({
      ruleId: 'file-empty',
      severity: 'warning'
    })
  })

  test('a missing path and an invalid configuration are clear errors (exit 2)', async () => {
    const missing = await runCli(['check', 'nowhere', '--cwd', examples])
    expect(missing.code).toBe(2)
    expect(missing.stderr).toContain('nowhere: no such file or folder')
    const badJson = tempRepo({ 'planmark.config.json': '{ "failOn": ' })
    const syntax = await runCli(['check', '--cwd', badJson])
    expect(syntax.code).toBe(2)
    expect(syntax.stderr).toMatch(
      /planmark\.config\.json: not valid JSON .*fix the syntax or delete the file/
    )
    const badValue = tempRepo({
      'planmark.config.json': JSON.stringify({ failOn: 'sometimes', maxFileBytes: -1 })
    })
    const schema = await runCli(['check', '--cwd', badValue])
    expect(schema.code).toBe(2)
    expect(schema.stderr).toContain('invalid configuration (schema: schemas/config.schema.json)')
    expect(schema.stderr).toContain(
      'expected one of `error`, `warning`, `never` at `/failOn`, found `"sometimes"`'
    )
    const noConfig = await runCli(['check', '--cwd', examples, '--config', 'missing.json'])
    expect(noConfig.code).toBe(2)
    expect(noConfig.stderr).toContain('missing.json: cannot read the configuration')
  })

  test('usage: --help, --version, unknown commands and options', async () => {
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: `${packageVersion}\n` })
    const help = await runCli(['check', '--help'])
    expect(help.code).toBe(0)
    expect(help.stdout).toContain('Usage: planmark check')
    expect((await runCli(['frobnicate'])).code).toBe(2)
    const badOption = await runCli(['check', '--colour'])
    expect(badOption.code).toBe(2)
    expect(badOption.stderr).toContain('unknown option --colour')
    expect((await runCli(['check', '--format', 'xml'])).code).toBe(2)
  })

  test('colour only on a terminal and never with NO_COLOR', async () => {
    const red = '\u001b[31m'
    expect((await runCli(['check', '--cwd', examples, '-q'], { tty: true })).stderr).toContain(red)
    expect(
      (await runCli(['check', '--cwd', examples, '-q'], { tty: true, env: { NO_COLOR: '1' } }))
        .stderr
    ).not.toContain(red)
    expect((await runCli(['check', '--cwd', examples, '-q'])).stderr).not.toContain('\u001b[')
  })
})

describe('the bundled CLI (dist/cli.js)', () => {
  test('gives byte-identical output to the source', async () => {
    const args = ['check', '--cwd', examples, '--format', 'json']
    const bundled = spawnSync(process.execPath, [join(root, 'dist/cli.js'), ...args], {
      encoding: 'utf8',
      env: { ...process.env, NO_COLOR: '1' }
    })
    expect(bundled.status).toBe(0)
    expect(bundled.stdout).toBe((await runCli(args)).stdout)
  })
})
