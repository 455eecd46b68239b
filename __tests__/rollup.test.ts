import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { repositoryName } from '../src/core/rollup/repositoryName.js'
import { schemaValidator } from '../src/core/schemas/schemaValidator.js'
import { commitAll, git } from './helpers/git.js'
import { planMarkdown, type PlanFacts } from './helpers/planMarkdown.js'
import { runCli } from './helpers/runCli.js'

describe('repository name from a remote URL', () => {
  test.each([
    ['https://github.com/octo-org/api.git', 'octo-org/api'],
    ['https://x-access-token:secret@github.com/octo-org/api', 'octo-org/api'],
    ['git@github.com:octo-org/web.git', 'octo-org/web'],
    ['ssh://git@ghe.example.com:2222/team/tool.js.git/', 'team/tool.js'],
    ['/home/me/repos/api', null],
    ['https://github.com/only-owner', null],
    ['https://gitlab.com/group/sub/project.git', null],
    ['', null],
    [`https://github.com/${'a'.repeat(5000)}/b`, null]
  ])('%s → %s', (url, name) => {
    expect(repositoryName(url)).toBe(name)
  })
})

const temporary: string[] = []
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true })
})

/** A repository with an origin remote and plans, analysed by planmark: its plans.json path. */
async function analysedRepository(remote: string | null, plans: PlanFacts[], config?: object) {
  const dir = mkdtempSync(join(tmpdir(), 'planmark-rollup-'))
  temporary.push(dir)
  mkdirSync(join(dir, 'agents/performance/execution_plans'), { recursive: true })
  plans.forEach((facts, index) =>
    writeFileSync(join(dir, `agents/performance/execution_plans/${index}.md`), planMarkdown(facts))
  )
  if (config) writeFileSync(join(dir, 'planmark.config.json'), JSON.stringify(config))
  commitAll(dir, 'plans', '2026-11-02T10:00:00Z')
  if (remote) git(dir, ['remote', 'add', 'origin', remote])
  const result = await runCli(['analyze', '--cwd', dir])
  expect(result.code, result.stderr).toBe(0)
  return join(dir, 'agents/performance/metrics/current/plans.json')
}

const success = (agent: string, category: string): PlanFacts => ({
  agent,
  category,
  criteria: ['x']
})
const failure = (agent: string, category: string): PlanFacts => ({
  agent,
  category,
  criteria: [' '],
  status: 'PARTIAL'
})

describe('planmark rollup on several repositories', async () => {
  const api = await analysedRepository('git@github.com:octo-org/api.git', [
    ...Array.from({ length: 6 }, () => success('claude', 'debugging')),
    failure('cursor', 'debugging'),
    failure('cursor', 'debugging')
  ])
  const web = await analysedRepository('https://github.com/octo-org/web.git', [
    ...Array.from({ length: 4 }, () => success('claude', 'debugging')),
    ...Array.from({ length: 3 }, () => failure('cursor', 'debugging')),
    success('cursor', 'documentation')
  ])
  const docs = await analysedRepository(null, [success('codex', 'documentation')], {
    repository: 'octo-org/docs'
  })
  const out = mkdtempSync(join(tmpdir(), 'planmark-rollup-out-'))
  temporary.push(out)

  test('plans.json carries the repository: origin normalised, or the configuration key', () => {
    expect(JSON.parse(readFileSync(api, 'utf8')).repository).toBe('octo-org/api')
    expect(JSON.parse(readFileSync(web, 'utf8')).repository).toBe('octo-org/web')
    expect(JSON.parse(readFileSync(docs, 'utf8')).repository).toBe('octo-org/docs')
  })

  test('one organisation report: per repository counts, agents and the same verdicts, schema-valid', async () => {
    const result = await runCli(['rollup', web, docs, api, '--out', out])
    expect(result.code, result.stderr).toBe(0)
    const rollup = JSON.parse(readFileSync(join(out, 'rollup.json'), 'utf8'))
    expect(schemaValidator('rollup')(rollup)).toBe(true)
    expect(
      rollup.repositories.map((entry: { repository: string; plans: number }) => [
        entry.repository,
        entry.plans
      ])
    ).toEqual([
      ['octo-org/api', 8],
      ['octo-org/docs', 1],
      ['octo-org/web', 8]
    ])
    const claude = rollup.agents.find((agent: { agent: string }) => agent.agent === 'claude')
    expect(claude.verified).toMatchObject({ successes: 10, n: 10 })
    const debugging = rollup.categories.find(
      (entry: { category: string; complexity: string }) =>
        entry.category === 'debugging' && entry.complexity === 'all'
    )
    // 10/10 against 0/5 across the two repositories: a clear choice, as one repository would say.
    expect(debugging.recommendation).toMatchObject({
      verdict: 'clear_choice',
      recommended: 'claude'
    })
    const report = readFileSync(join(out, 'rollup.md'), 'utf8')
    expect(report).toContain('# Organisation agent report')
    expect(report).toContain('| octo-org/docs |')
    expect(report).toContain('## Recommendations')
  })

  test('deterministic: the same files in another order give the same bytes', async () => {
    const before = readFileSync(join(out, 'rollup.json'), 'utf8')
    const again = mkdtempSync(join(tmpdir(), 'planmark-rollup-again-'))
    temporary.push(again)
    expect((await runCli(['rollup', api, docs, web, '--out', again])).code).toBe(0)
    expect(readFileSync(join(again, 'rollup.json'), 'utf8')).toBe(before)
    expect(readFileSync(join(again, 'rollup.md'), 'utf8')).toBe(
      readFileSync(join(out, 'rollup.md'), 'utf8')
    )
  })

  test.each([
    ['not JSON', '{"plans": [', 'not JSON'],
    ['another shape', '{"schemaVersion": 1, "plans": "many"}', 'not a planmark plans.json'],
    ['no repository', null, 'names no repository'],
    ['invalid UTF-8', Buffer.from([0x7b, 0xff, 0x7d]), 'cannot read it as UTF-8']
  ])(
    'a malformed input (%s) is exit 2 with the reason, nothing written',
    async (_, content, reason) => {
      const dir = mkdtempSync(join(tmpdir(), 'planmark-rollup-bad-'))
      temporary.push(dir)
      const bad = join(dir, 'plans.json')
      if (content === null) {
        const index = JSON.parse(readFileSync(api, 'utf8'))
        writeFileSync(bad, JSON.stringify({ ...index, repository: null }))
      } else writeFileSync(bad, content)
      const result = await runCli(['rollup', api, bad, '--out', join(dir, 'out')])
      expect(result.code).toBe(2)
      expect(result.stderr).toContain(reason)
      expect(result.stderr).toContain('plans.json')
      expect(() => readFileSync(join(dir, 'out', 'rollup.json'))).toThrow()
    }
  )

  test('the same repository twice is exit 2', async () => {
    const result = await runCli(['rollup', api, api, '--out', join(out, 'twice')])
    expect(result.code).toBe(2)
    expect(result.stderr).toContain('repository octo-org/api is already given by')
  })
})

describe('examples/workflows/rollup.yml', () => {
  interface Step {
    uses?: string
    run?: string
    with?: Record<string, string>
  }
  const flow = parse(
    readFileSync(new URL('../examples/workflows/rollup.yml', import.meta.url), 'utf8')
  ) as {
    permissions: Record<string, string>
    jobs: Record<
      string,
      {
        needs?: string
        permissions?: Record<string, string>
        strategy?: { matrix: { repository: string[] } }
        steps: Step[]
      }
    >
  }

  test('a matrix over the repositories analyses each, and one job rolls up what they upload and commits it', () => {
    const { analyse, rollup } = flow.jobs
    expect(flow.permissions).toEqual({ contents: 'read' })
    expect(analyse?.strategy?.matrix.repository.length).toBeGreaterThan(1)
    const checkout = analyse?.steps.find((step) => step.uses?.startsWith('actions/checkout@'))
    expect(checkout?.with?.repository).toBe('${{ matrix.repository }}')
    const upload = analyse?.steps.find((step) => step.uses?.startsWith('actions/upload-artifact@'))
    const analyseRun = analyse?.steps.find((step) => step.run?.includes(' analyze '))
    expect(upload?.with?.path).toBe(`${/--out (\S+)/.exec(analyseRun?.run ?? '')?.[1]}/plans.json`)
    expect(rollup?.needs).toBe('analyse')
    expect(rollup?.permissions).toEqual({ contents: 'write' })
    const download = rollup?.steps.find((step) =>
      step.uses?.startsWith('actions/download-artifact@')
    )
    expect(upload?.with?.name?.replace('${{ strategy.job-index }}', '*')).toBe(
      download?.with?.pattern
    )
    const rollupRun = rollup?.steps.find((step) => step.run?.includes(' rollup '))
    expect(rollupRun?.run).toContain(`${download?.with?.path}/*/plans.json`)
    const out = /--out (\S+)/.exec(rollupRun?.run ?? '')?.[1]
    expect(rollup?.steps.some((step) => step.run?.includes(`git add -- ${out}`))).toBe(true)
  })
})
