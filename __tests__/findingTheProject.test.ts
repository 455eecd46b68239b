import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { commitAll } from './helpers/git.js'
import { runCli } from './helpers/runCli.js'

const plan = (category: string) => `# EXECUTION PLAN: Tuning

**Agent**: a  
**Start Time**: 2026-11-02T09:00:00Z  
**Estimated Duration**: 30 minutes  
**Task Category**: ${category}  
**Complexity**: low

## Success Criteria
- [x] one
- [ ] two
`

/** A git repository with a plan of a configured category under agents/performance. */
function repository(configAt: 'config file' | 'package.json'): string {
  const dir = mkdtempSync(join(tmpdir(), 'planmark-project-'))
  const config = { categories: { tuning: { low: { min: 10, max: 60 } } } }
  if (configAt === 'config file')
    writeFileSync(join(dir, 'planmark.config.json'), JSON.stringify(config))
  else writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'x', planmark: config }))
  mkdirSync(join(dir, 'agents/performance/execution_plans'), { recursive: true })
  writeFileSync(join(dir, 'agents/performance/execution_plans/tuning.md'), plan('tuning'))
  commitAll(dir, 'plans')
  return dir
}

describe('the configuration is found from a subfolder, as remark and eslint find theirs', () => {
  test.each(['config file', 'package.json'] as const)(
    'in a %s at the repository root: the configured category is known from agents/performance',
    async (configAt) => {
      const dir = repository(configAt)
      const sub = join(dir, 'agents/performance')
      const check = await runCli(['check', '--format', 'json', '--cwd', sub])
      expect(check.code).toBe(0)
      const report = JSON.parse(check.stdout)
      expect(report.documents.map((document: { path: string }) => document.path)).toEqual([
        'agents/performance/execution_plans/tuning.md'
      ])
      const rules = report.documents[0].messages.map(
        (message: { ruleId: string }) => message.ruleId
      )
      expect(rules).not.toContain('unknown-category')
    }
  )

  test('analyze from a subfolder writes the project’s outputs, not a nested copy', async () => {
    const dir = repository('config file')
    const sub = join(dir, 'agents/performance')
    const analyze = await runCli(['analyze', '--cwd', sub])
    expect(analyze.code).toBe(0)
    expect(existsSync(join(dir, 'agents/performance/metrics/current/plans.json'))).toBe(true)
    expect(existsSync(join(sub, 'agents'))).toBe(false)
    // Said from where the user is.
    expect(analyze.stdout).toContain('Report: reports/report.md')
  })

  test('a configuration above the repository root does not apply', async () => {
    const outer = mkdtempSync(join(tmpdir(), 'planmark-outer-'))
    writeFileSync(join(outer, 'planmark.config.json'), '{ "failOn": "never" }')
    const dir = join(outer, 'repo')
    mkdirSync(join(dir, 'plans'), { recursive: true })
    writeFileSync(join(dir, 'plans/p.md'), plan('nonsense'))
    commitAll(dir, 'plans')
    const check = await runCli(['check', '--cwd', join(dir, 'plans')])
    expect(check.stderr).toContain('unknown-category')
    expect(check.code).toBe(0) // a warning; failOn: never would have hidden nothing else
    const broken = await runCli(['check', '--cwd', dir, '--fail-on', 'warning'])
    expect(broken.code).toBe(1)
  })

  test('an empty planmark.config.json found above is named, not passed over', async () => {
    const dir = repository('config file')
    writeFileSync(join(dir, 'planmark.config.json'), '')
    const check = await runCli(['check', '--cwd', join(dir, 'agents/performance')])
    expect(check.code).toBe(2)
    expect(check.stderr).toContain('planmark.config.json: not valid JSON')
  })

  test('a package.json without a planmark key is passed over for the defaults', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planmark-project-'))
    writeFileSync(join(dir, 'package.json'), '{ "name": "x" }')
    mkdirSync(join(dir, 'plans'))
    writeFileSync(join(dir, 'plans/p.md'), plan('debugging'))
    const check = await runCli(['check', '--cwd', dir])
    expect(check.code).toBe(0)
    expect(check.stderr).toContain('1 document checked')
  })
})

describe('no documents found', () => {
  test('exits 2 with the globs that were tried', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planmark-empty-'))
    writeFileSync(join(dir, 'notes.md'), '- [ ] a\n')
    for (const command of ['check', 'analyze']) {
      const result = await runCli([command, '--cwd', dir])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(`planmark ${command}: no documents found in . (from .)`)
      expect(result.stderr).toContain('globs tried: **/execution_plans/**/*.md')
      expect(result.stderr).not.toContain('0 documents checked')
    }
  })
})
