import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { git } from './helpers/git.js'
import {
  examplePlanPath,
  GitHubScenario,
  scenarios,
  testToken,
  tickedPlan
} from './helpers/githubScenario.js'
import { runAction } from './helpers/runAction.js'

// Processes, git repositories, servers or many generated runs: allow for a slow machine.
vi.setConfig({ testTimeout: 60_000 })

const root = new URL('..', import.meta.url).pathname
const plansJson = 'examples/agents/performance/metrics/current/plans.json'
const scenario = scenarios()

function pushRun(github: GitHubScenario, workspace: string) {
  const head = git(workspace, ['rev-parse', 'HEAD']).trim()
  return runAction({
    workspace,
    inputs: { 'github-token': testToken, 'working-directory': 'examples' },
    event: github.pushEvent(head),
    env: github.env({ GITHUB_SHA: head, GITHUB_REF: 'refs/heads/main' })
  })
}

function pullRequestRun(github: GitHubScenario, inputs: Record<string, string> = {}) {
  const base = github.server.head('main')
  const head = github.hasBranch('feature')
    ? github.server.head('feature')
    : github.push('feature', { [examplePlanPath]: tickedPlan(1) }, { from: 'main' })
  return runAction({
    workspace: github.checkout(head),
    inputs: { 'github-token': testToken, 'working-directory': 'examples', ...inputs },
    event: github.pullRequestEvent({ number: 2, headSha: head, headRef: 'feature', baseSha: base }),
    env: github.env({ GITHUB_SHA: head, GITHUB_REF: 'refs/pull/2/merge' })
  })
}

describe('GitHub API faults', () => {
  test('a 4xx validation error is not retried and fails the step with GitHub’s message', async () => {
    const github = await scenario()
    const route = '/repos/{owner}/{repo}/issues/{issue_number}/comments'
    github.server.faults.push({
      method: 'POST',
      route,
      status: 422,
      body: {
        message: 'Validation Failed',
        errors: [{ code: 'custom', message: 'body is too long' }]
      },
      times: 5
    })
    const run = await pullRequestRun(github)
    expect(run.status).toBe(1)
    expect(github.server.calls('POST', route)).toHaveLength(1)
    expect(run.stdout).toContain('Validation Failed')
  })

  test('a secondary rate limit (403 with Retry-After) is waited out; a plain 403 is not retried', async () => {
    const github = await scenario()
    const route = '/repos/{owner}/{repo}/issues/{issue_number}/comments'
    github.server.faults.push({
      method: 'POST',
      route,
      status: 403,
      headers: { 'retry-after': '1' },
      body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes.' },
      times: 1
    })
    const limited = await pullRequestRun(github)
    expect(limited.status).toBe(0)
    expect(github.server.calls('POST', route)).toHaveLength(2)
    expect(github.server.comments).toHaveLength(1)

    const refused = await scenario()
    refused.server.permission = 'read'
    const run = await pullRequestRun(refused)
    expect(run.status).toBe(0)
    expect(refused.server.calls('POST', route)).toHaveLength(1)
    expect(run.stdout).toContain('it needs pull-requests: write')
  })

  test('a commit whose answer was lost is recognised, not made twice', async () => {
    const github = await scenario()
    const before = github.server.head('main')
    github.server.loseCommitAnswers = 1
    const run = await pushRun(github, github.checkout('main'))
    expect(run.status).toBe(0)
    const head = github.server.head('main')
    expect(git(github.bare, ['rev-list', '--count', `${before}..${head}`]).trim()).toBe('1')
    expect(run.outputs).toMatchObject({ changed: 'true', 'commit-sha': head })
  })
})

describe('concurrent runs', () => {
  test.each([1, 2, 3])(
    'two pushes racing on main both succeed, and the analytics describe the newest documents (round %i)',
    async () => {
      const github = await scenario()
      const older = github.checkout('main')
      const newest = github.push('main', { [examplePlanPath]: tickedPlan(2) })
      const newer = github.checkout('main')
      const runs = await Promise.all([pushRun(github, older), pushRun(github, newer)])
      expect(runs.map((run) => run.status)).toEqual([0, 0])
      const head = github.server.head('main')
      const plans = JSON.parse(git(github.bare, ['show', `${head}:${plansJson}`])) as {
        source: { commit: string }
      }
      expect(plans.source.commit).toBe(newest)
      // One commit of analytics on top of the newest documents: the second run found nothing left to do.
      expect(git(github.bare, ['rev-list', '--count', `${newest}..${head}`]).trim()).toBe('1')
    }
  )

  test.each([1, 2, 3])(
    'two runs racing on one pull request leave exactly one comment (round %i)',
    async () => {
      const github = await scenario()
      github.push('feature', { [examplePlanPath]: tickedPlan(1) }, { from: 'main' })
      const runs = await Promise.all([pullRequestRun(github), pullRequestRun(github)])
      expect(runs.map((run) => run.status)).toEqual([0, 0])
      const marked = github.server.comments.filter((comment) =>
        comment.body.includes('<!-- planmark:pull-request-comment -->')
      )
      expect(marked).toHaveLength(1)
    }
  )
})

describe('a shallow clone (fetch-depth: 1)', () => {
  test('the weekly report says which history is missing', async () => {
    const github = await scenario()
    const head = github.server.head('main')
    const run = await runAction({
      workspace: github.shallowCheckout('main'),
      inputs: { 'github-token': testToken, 'working-directory': 'examples', week: '2026-W47' },
      event: github.scheduleEvent(),
      env: github.env({ GITHUB_SHA: head, GITHUB_REF: 'refs/heads/main' })
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('shallow clone')
    expect(run.stdout).toContain('fetch-depth: 0')
  })

  test('committing the analytics says the history is needed, and commits nothing', async () => {
    const github = await scenario()
    const before = github.server.head('main')
    const run = await pushRun(github, github.shallowCheckout('main'))
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('shallow clone')
    expect(github.server.head('main')).toBe(before)
  })

  test('the pull-request comment says the merge base is missing', async () => {
    const github = await scenario()
    const base = github.server.head('main')
    const head = github.push('feature', { [examplePlanPath]: tickedPlan(1) }, { from: 'main' })
    const run = await runAction({
      workspace: github.shallowCheckout('feature'),
      inputs: { 'github-token': testToken, 'working-directory': 'examples' },
      event: github.pullRequestEvent({
        number: 2,
        headSha: head,
        headRef: 'feature',
        baseSha: base
      }),
      env: github.env({ GITHUB_SHA: head, GITHUB_REF: 'refs/pull/2/merge' })
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('in this shallow clone')
    expect(github.server.comments).toHaveLength(0)
  })
})

describe('inputs with shell syntax', () => {
  test('are passed to git as arguments, never to a shell', async () => {
    const github = await scenario()
    const workspace = github.checkout('main')
    const head = github.server.head('main')
    const run = await runAction({
      workspace,
      inputs: {
        'github-token': testToken,
        'working-directory': 'examples',
        'commit-branch': 'main;touch pwned-branch',
        'commit-message': '$(touch pwned-message) `touch pwned-tick`'
      },
      event: github.pushEvent(head),
      env: github.env({ GITHUB_SHA: head, GITHUB_REF: 'refs/heads/main' })
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('Branch main;touch pwned-branch was not found on origin')
    for (const name of ['pwned-branch', 'pwned-message', 'pwned-tick'])
      for (const dir of [workspace, join(workspace, 'examples'), root])
        expect(existsSync(join(dir, name)), join(dir, name)).toBe(false)
  })

  test('an ISO week that is not one is refused before anything runs', async () => {
    const github = await scenario()
    const run = await runAction({
      workspace: github.checkout('main'),
      inputs: { 'github-token': testToken, mode: 'weekly', week: '2026-W47;touch pwned' },
      env: github.env({ GITHUB_REF: 'refs/heads/main' })
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('Input week must be an ISO week')
  })
})
