import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { analyze } from '../src/pipeline/analyze.js'
import type { PlansIndex } from '../src/core/types/generated.js'
import { git } from './helpers/git.js'
import { GitHubScenario, scenarios, testToken } from './helpers/githubScenario.js'
import { runAction } from './helpers/runAction.js'

// The bundled Action, a fake GitHub and real git repositories: allow for a slow machine.
vi.setConfig({ testTimeout: 90_000 })

const scenario = scenarios()
const planPath = 'examples/agents/performance/execution_plans/2025-03-02_evidence-check.md'
const ledgerPath = 'examples/agents/performance/metrics/current/evidence.jsonl'
const plansPath = 'examples/agents/performance/metrics/current/plans.json'

/** A finished, fully ticked plan that names no agent. */
const plan = `# EXECUTION PLAN: Evidence check

**Start Time**: 2025-03-02T10:00:00Z
**Estimated Duration**: 30 minutes
**Task Category**: debugging
**Complexity**: low

## Success Criteria
- [x] the bug is fixed

## Final Status
- **Completion Status**: COMPLETED
`

/** Pushes the plan to main as if merged from pull request #5, whose head's checks concluded `conclusion`. */
function mergePlan(github: GitHubScenario, conclusion: 'success' | 'failure'): string {
  const commit = github.push('main', { [planPath]: plan }, { date: '2026-11-18T10:00:00Z' })
  github.server.pulls.set(5, {
    number: 5,
    headSha: commit,
    headRef: 'codex/evidence',
    headRepository: 'Codertocat/Hello-World',
    baseRef: 'main',
    merged: true
  })
  github.server.checkRuns.set(commit, [
    { name: 'test', status: 'completed', conclusion },
    { name: 'lint', status: 'completed', conclusion: 'success' }
  ])
  return commit
}

function pushRun(github: GitHubScenario) {
  const head = github.server.head('main')
  return runAction({
    workspace: github.checkout('main'),
    inputs: { 'github-token': testToken, 'working-directory': 'examples' },
    event: github.pushEvent(head),
    env: github.env({ GITHUB_SHA: head, GITHUB_REF: 'refs/heads/main' })
  })
}

describe('outcome evidence from GitHub, kept in the ledger', () => {
  test('the Action records the pull request and its checks; red checks at merge contradict the plan; a later run without a token keeps it', async () => {
    const github = await scenario()
    const commit = mergePlan(github, 'failure')
    const run = await pushRun(github)
    expect(run.status, run.stderr + run.stdout).toBe(0)
    expect(
      github.server.calls('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls').length
    ).toBeGreaterThan(0)
    expect(
      github.server
        .calls('GET', '/repos/{owner}/{repo}/commits/{ref}/check-runs')
        .map((r) => r.path)
    ).toContain(`/repos/Codertocat/Hello-World/commits/${commit}/check-runs`)
    const head = github.server.head('main')
    const ledger = git(github.bare, ['show', `${head}:${ledgerPath}`])
    const line = ledger.split('\n').find((entry) => entry.includes('evidence-check'))
    expect(line).toBe(
      `{"commit":"${commit}","plan":"agents/performance/execution_plans/2025-03-02_evidence-check.md","pull":{"checks":"failure","merged":true,"number":5}}`
    )
    const plans = JSON.parse(git(github.bare, ['show', `${head}:${plansPath}`])) as PlansIndex
    const record = plans.plans.find((entry) => entry.path.endsWith('evidence-check.md'))
    expect(record?.history?.pull).toEqual({ number: 5, merged: true, checks: 'failure' })
    expect(record?.status).toMatchObject({ verified: 'success', evidence: 'contradicted' })

    // A laptop run of the CLI, with no token, on a clone of what the Action committed.
    const laptop = github.checkout('main')
    const { analytics, outputs } = await analyze([], { cwd: join(laptop, 'examples') })
    const again = analytics.plans.plans.find((entry) => entry.path.endsWith('evidence-check.md'))
    expect(again?.status.evidence).toBe('contradicted')
    const written = outputs.find((output) => output.path.endsWith('evidence.jsonl'))
    expect(written?.content).toBe(readFileSync(join(laptop, ledgerPath), 'utf8'))
  })

  test('green checks on the merged pull request leave the plan evidenced; each commit is asked about once', async () => {
    const github = await scenario()
    mergePlan(github, 'success')
    const run = await pushRun(github)
    expect(run.status, run.stderr + run.stdout).toBe(0)
    const plans = JSON.parse(git(github.bare, ['show', `main:${plansPath}`])) as PlansIndex
    const record = plans.plans.find((entry) => entry.path.endsWith('evidence-check.md'))
    expect(record?.status.evidence).toBe('evidenced')
    const asked = github.server
      .calls('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls')
      .map((request) => request.path)
    expect(new Set(asked).size).toBe(asked.length)
    // A second run finds everything in the ledger and asks GitHub nothing more.
    const before = asked.length
    expect((await pushRun(github)).status).toBe(0)
    expect(
      github.server.calls('GET', '/repos/{owner}/{repo}/commits/{commit_sha}/pulls')
    ).toHaveLength(before)
  })
})
