import { readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { actionsBot, otherUser } from './helpers/fakeGitHub.js'
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

const marker = '<!-- planmark:pull-request-comment -->'
const scenario = scenarios()

/** Opens pull request #2 from `feature` with `n` boxes ticked; resolves the run's inputs. */
function openPullRequest(
  github: GitHubScenario,
  n: number,
  fork?: string,
  payload: { action?: 'opened' | 'synchronize'; sender?: string } = {}
) {
  const base = github.server.head('main')
  const head = github.push(
    'feature',
    { [examplePlanPath]: tickedPlan(n) },
    {
      from: github.hasBranch('feature') ? 'feature' : 'main'
    }
  )
  const event = github.pullRequestEvent({
    number: 2,
    headSha: head,
    headRef: 'feature',
    baseSha: base,
    ...(fork ? { fork } : {}),
    ...payload
  })
  return { head, base, event }
}

function pullRequestRun(
  github: GitHubScenario,
  pull: ReturnType<typeof openPullRequest>,
  inputs = {}
) {
  return runAction({
    workspace: github.checkout(pull.head),
    inputs: { 'github-token': testToken, 'working-directory': 'examples', ...inputs },
    event: pull.event,
    env: github.env({ GITHUB_SHA: pull.head, GITHUB_REF: 'refs/pull/2/merge' })
  })
}

describe('the Action on pull requests', () => {
  test('creates the sticky comment, updates it when the plans change, leaves it when they do not', async () => {
    const github = await scenario()
    const first = await pullRequestRun(github, openPullRequest(github, 1))
    expect(first.status).toBe(0)
    expect(github.server.comments).toHaveLength(1)
    const [comment] = github.server.comments
    expect(comment?.user).toBe(actionsBot)
    expect(comment?.body).toContain(marker)
    // The plan by its title, linked at the head commit; the same figure as the job summary's.
    expect(comment?.body).toMatch(
      /^\| \[Memory leak in the image thumbnail cache\]\(https:\/\/github\.com\/Codertocat\/Hello-World\/blob\/[0-9a-f]{40}\/examples\/agents\/performance\/execution_plans\/2025-02-12_cursor-agent_image-cache-leak\.md\) \| cursor-agent \| failed \| 5\/8 \| 1 ticked \|$/m
    )
    expect(first.summary).toContain(
      '| examples/agents/performance/execution\\_plans/2025-02-12\\_cursor-agent\\_image-cache-leak.md | plan | cursor-agent | failed | 5/8 | 63% |'
    )
    expect(first.outputs['comment-id']).toBe(String(comment?.id))
    expect(first.outputs['comment-url']).toBe(
      `https://github.com/Codertocat/Hello-World/pull/2#issuecomment-${comment?.id}`
    )
    expect(first.outputs.truncated).toBe('false')
    expect(first.summary).toContain('## planmark check')
    expect(first.summary).toContain('**Pull-request comment**: created')

    const changed = openPullRequest(github, 2)
    const second = await pullRequestRun(github, changed)
    expect(second.status).toBe(0)
    expect(github.server.comments).toHaveLength(1)
    expect(github.server.comments[0]?.id).toBe(comment?.id)
    expect(
      github.server.calls('PATCH', '/repos/{owner}/{repo}/issues/comments/{comment_id}')
    ).toHaveLength(1)
    expect(second.summary).toContain('**Pull-request comment**: updated')

    const restWrites = () =>
      github.server.requests.filter(
        (request) => request.method !== 'GET' && request.route !== '/graphql'
      ).length
    const writes = restWrites()
    const bodyBefore = github.server.comments[0]?.body
    const third = await pullRequestRun(github, changed)
    expect(third.status).toBe(0)
    expect(third.summary).toContain('**Pull-request comment**: unchanged')
    expect(github.server.comments[0]?.body).toBe(bodyBefore)
    expect(restWrites()).toBe(writes)
  })

  test('finds its comment by marker and identity over several pages, keeps the oldest and deletes duplicates', async () => {
    const github = await scenario()
    for (let index = 0; index < 120; index++)
      github.server.seedComment(2, `comment ${index}`, otherUser)
    const pasted = github.server.seedComment(2, `quoting the bot: ${marker}`, otherUser)
    const oldest = github.server.seedComment(2, `old body\n${marker}`)
    const duplicate = github.server.seedComment(2, `racing body\n${marker}`)
    const run = await pullRequestRun(github, openPullRequest(github, 1))
    expect(run.status).toBe(0)
    const ids = github.server.comments.map((comment) => comment.id)
    expect(ids).toContain(oldest.id)
    expect(ids).toContain(pasted.id)
    expect(ids).not.toContain(duplicate.id)
    expect(github.server.comments.find((comment) => comment.id === pasted.id)?.body).toBe(
      `quoting the bot: ${marker}`
    )
    expect(github.server.comments.find((comment) => comment.id === oldest.id)?.body).toContain(
      'image-cache-leak'
    )
    expect(run.outputs['comment-id']).toBe(String(oldest.id))
    const listed = github.server.calls(
      'GET',
      '/repos/{owner}/{repo}/issues/{issue_number}/comments'
    )
    // 123 comments: the second page of 100 was read.
    expect(listed.some((request) => /[?&]page=2\b/.test(request.query))).toBe(true)
    expect(run.summary).toContain('updated (1 duplicate removed)')
  })

  test('a run for an older head commit never overwrites the comment', async () => {
    const github = await scenario()
    const older = openPullRequest(github, 1)
    const newer = openPullRequest(github, 2)
    expect(github.server.pulls.get(2)?.headSha).toBe(newer.head)
    const run = await pullRequestRun(github, older)
    expect(run.status).toBe(0)
    expect(github.server.comments).toHaveLength(0)
    expect(run.summary).toContain(
      `not written: the pull request's head is now ${newer.head.slice(0, 7)}`
    )
  })

  test('a fork pull request (read-only token) gets the summary and one notice, and the step succeeds', async () => {
    const github = await scenario()
    github.server.permission = 'read'
    const run = await pullRequestRun(
      github,
      openPullRequest(github, 1, 'forker', { action: 'opened' })
    )
    expect(run.status).toBe(0)
    expect(github.server.requests.filter((request) => request.method !== 'GET')).toEqual([])
    const notices = run.stdout
      .split('\n')
      .filter((line) => line.startsWith('::notice::planmark: no pull-request comment'))
    expect(notices).toHaveLength(1)
    expect(notices[0]).toContain('comes from a fork')
    expect(run.summary).toContain('**Pull-request comment**: not posted')
    expect(run.summary).toContain(marker)
  })

  test('a Dependabot pull request (read-only token) gets the notice without calling the API', async () => {
    const github = await scenario()
    const run = await pullRequestRun(
      github,
      openPullRequest(github, 1, undefined, { action: 'opened', sender: 'dependabot[bot]' })
    )
    expect(run.status).toBe(0)
    expect(github.server.requests).toEqual([])
    expect(run.stdout).toContain("Dependabot's runs get a read-only token")
  })

  test('a token without pull-requests: write gets the same notice instead of a failure', async () => {
    const github = await scenario()
    github.server.permission = 'read'
    const run = await pullRequestRun(github, openPullRequest(github, 1))
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('it needs pull-requests: write')
    expect(github.server.comments).toHaveLength(0)
  })

  test('comment: off checks the pull request and writes no comment', async () => {
    const github = await scenario()
    const run = await pullRequestRun(github, openPullRequest(github, 1), { comment: 'off' })
    expect(run.status).toBe(0)
    expect(run.summary).toContain('**Pull-request comment**: off.')
    expect(github.server.requests).toEqual([])
  })

  test('retries rate limits (Retry-After) and server errors, and still leaves one comment', async () => {
    const github = await scenario()
    const route = '/repos/{owner}/{repo}/issues/{issue_number}/comments'
    github.server.faults.push(
      { method: 'GET', route, status: 502, times: 1 },
      {
        method: 'POST',
        route,
        status: 429,
        headers: { 'retry-after': '1' },
        body: { message: 'You have exceeded a secondary rate limit.' },
        times: 1
      }
    )
    const run = await pullRequestRun(github, openPullRequest(github, 1))
    expect(run.status).toBe(0)
    expect(github.server.calls('POST', route)).toHaveLength(2)
    expect(github.server.comments).toHaveLength(1)
  })
})

describe('the fork-safe two-workflow mode', () => {
  async function artifactFromFork(github: GitHubScenario) {
    const pull = openPullRequest(github, 1, 'forker')
    const run = await pullRequestRun(github, pull, { 'comment-file': 'planmark-comment.json' })
    expect(run.status).toBe(0)
    expect(github.server.requests.filter((request) => request.method !== 'GET')).toEqual([])
    const file = run.outputs['comment-file'] as string
    return { pull, artifact: JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown> }
  }

  /** The workflow_run run: a checkout of main, the artifact downloaded into it. */
  function postRun(github: GitHubScenario, head: string, artifact: unknown) {
    const workspace = github.checkout('main')
    writeFileSync(join(workspace, 'comment.json'), JSON.stringify(artifact))
    return runAction({
      workspace,
      inputs: { 'github-token': testToken, 'comment-file': 'comment.json' },
      event: github.workflowRunEvent({ headSha: head, headBranch: 'feature', fork: 'forker' }),
      env: github.env({ GITHUB_SHA: github.server.head('main'), GITHUB_REF: 'refs/heads/main' })
    })
  }

  test('the pull_request run writes the artifact; the workflow_run run checks it and posts it', async () => {
    const github = await scenario()
    const { pull, artifact } = await artifactFromFork(github)
    expect(artifact).toMatchObject({
      format: 'planmark-comment',
      version: 1,
      pullRequest: 2,
      headSha: pull.head
    })
    const run = await postRun(github, pull.head, artifact)
    expect(run.status).toBe(0)
    expect(github.server.comments).toHaveLength(1)
    expect(github.server.comments[0]?.body).toBe(artifact.body)
    expect(github.server.calls('GET', '/repos/{owner}/{repo}/pulls')[0]?.path).toBe(
      '/repos/Codertocat/Hello-World/pulls'
    )
    expect(run.outputs['comment-id']).toBe(String(github.server.comments[0]?.id))
  })

  test.each([
    ['another pull request', { pullRequest: 3 }, 'names pull request #3, the event #2'],
    [
      'no marker',
      { body: 'Click [here](https://evil.example)' },
      "must end with planmark's marker"
    ],
    [
      'an oversized body',
      { body: `${'x'.repeat(70_000)}\n${marker}` },
      '/body must NOT have more than 65536 characters'
    ],
    ['an extra field', { extra: '<script>' }, 'must NOT have additional properties'],
    [
      'a forged body',
      { body: `Great work @octocat! [details](https://evil.example)\n${marker}` },
      'the body holds a mention, which planmark never writes'
    ]
  ])('refuses an artifact with %s', async (_, change, reason) => {
    const github = await scenario()
    const { pull, artifact } = await artifactFromFork(github)
    const run = await postRun(github, pull.head, { ...artifact, ...change })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('The comment artifact was refused as untrusted data')
    expect(run.stdout).toContain(reason)
    expect(github.server.comments).toHaveLength(0)
  })
})

/**
 * Where GraphQL lacks createCommitOnBranch, the fake records the refused
 * document (GitHub's schema said no); nothing else may have gone wrong.
 */
function expectOnlyTheRefusedMutation(github: GitHubScenario): void {
  expect(github.server.violations.length).toBeGreaterThan(0)
  for (const violation of github.server.violations)
    expect(violation).toMatch(
      /^graphql: Cannot query field "createCommitOnBranch" on type "Mutation"\./
    )
  github.server.violations.splice(0)
}

describe('the Action on a push to the default branch', () => {
  function pushRun(github: GitHubScenario, inputs: Record<string, string> = {}) {
    const head = github.server.head('main')
    return runAction({
      workspace: github.checkout('main'),
      inputs: { 'github-token': testToken, 'working-directory': 'examples', ...inputs },
      event: github.pushEvent(head),
      env: github.env({ GITHUB_SHA: head, GITHUB_REF: 'refs/heads/main' })
    })
  }

  function filesOf(github: GitHubScenario, commit: string): string[] {
    return git(github.bare, ['diff-tree', '--no-commit-id', '--name-only', '-r', commit])
      .trim()
      .split('\n')
  }

  test('commits the changed analytics once, through createCommitOnBranch; a rerun commits nothing', async () => {
    const github = await scenario()
    const before = github.server.head('main')
    const first = await pushRun(github)
    expect(first.status).toBe(0)
    const after = github.server.head('main')
    expect(after).not.toBe(before)
    expect(first.outputs).toMatchObject({
      changed: 'true',
      'commit-sha': after,
      'report-path': 'examples/agents/performance/reports/report.md'
    })
    expect(git(github.bare, ['rev-parse', `${after}^`]).trim()).toBe(before)
    expect(git(github.bare, ['log', '-1', '--format=%an|%s', after]).trim()).toBe(
      'github-actions[bot]|planmark: update analytics'
    )
    for (const path of filesOf(github, after))
      expect(path).toMatch(/^examples\/agents\/performance\/(metrics\/current|reports)\//)
    expect(first.summary).toContain(`**Commit to main**: ${after}`)

    const second = await pushRun(github)
    expect(second.status).toBe(0)
    expect(github.server.head('main')).toBe(after)
    expect(second.outputs.changed).toBe('false')
    expect(second.outputs['commit-sha']).toBeUndefined()
    expect(second.summary).toContain('unchanged, nothing to commit')
    const mutations = github.server
      .calls('POST', '/graphql')
      .filter((request) => request.body.includes('createCommitOnBranch'))
    expect(mutations).toHaveLength(1)
  })

  test('a push that changes no document (only NOTES.txt) makes no commit', async () => {
    const github = await scenario()
    expect((await pushRun(github)).outputs.changed).toBe('true')
    const notes = github.push('main', { 'examples/NOTES.txt': 'not a document\n' })
    const run = await pushRun(github)
    expect(run.status).toBe(0)
    expect(run.outputs.changed).toBe('false')
    expect(github.server.head('main')).toBe(notes)
    expect(
      github.server
        .calls('POST', '/graphql')
        .filter((request) => request.body.includes('createCommitOnBranch'))
    ).toHaveLength(1)
  })

  test('a concurrent push moves the head: the Action regenerates from the new head and lands', async () => {
    const github = await scenario()
    let raced = false
    github.server.beforeCommit = (branch) => {
      if (raced) return
      raced = true
      github.push(branch, { [examplePlanPath]: tickedPlan(2) })
    }
    const run = await pushRun(github)
    expect(run.status).toBe(0)
    const head = github.server.head('main')
    const concurrent = git(github.bare, ['rev-parse', `${head}^`]).trim()
    expect(git(github.bare, ['log', '-1', '--format=%s', concurrent]).trim()).toBe('change main')
    const plans = JSON.parse(
      git(github.bare, ['show', `${head}:examples/agents/performance/metrics/current/plans.json`])
    ) as {
      source: { commit: string }
      plans: Array<{ path: string; progress: { criteria: { done: number } } }>
    }
    expect(plans.source.commit).toBe(concurrent)
    expect(run.outputs['commit-sha']).toBe(head)
    expect(run.summary).toContain('after 2 attempts (the branch moved)')
    expect(run.stdout).toContain('main moved while committing')
  })

  test('a rerun of a job whose commit landed (same checkout, next attempt) reports that it did nothing', async () => {
    const github = await scenario()
    const before = github.server.head('main')
    const rerunWorkspace = github.checkout('main')
    const first = await pushRun(github)
    const landed = github.server.head('main')
    expect(first.outputs).toMatchObject({ changed: 'true', 'commit-sha': landed })
    const rerun = await runAction({
      workspace: rerunWorkspace,
      inputs: { 'github-token': testToken, 'working-directory': 'examples' },
      event: github.pushEvent(before),
      env: github.env({
        GITHUB_SHA: before,
        GITHUB_REF: 'refs/heads/main',
        GITHUB_RUN_ATTEMPT: '2'
      })
    })
    expect(rerun.status).toBe(0)
    expect(github.server.head('main')).toBe(landed)
    expect(rerun.outputs.changed).toBe('false')
    expect(rerun.outputs['commit-sha']).toBeUndefined()
    expect(rerun.summary).toContain('unchanged, nothing to commit')
  })

  test('an empty github-token is one clear error, before anything is written', async () => {
    const github = await scenario()
    const before = github.server.head('main')
    const run = await pushRun(github, { 'github-token': '' })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('Input github-token is empty')
    expect(run.stdout).toContain('permissions: contents: write')
    expect(github.server.head('main')).toBe(before)
    expect(github.server.calls('POST', '/graphql')).toHaveLength(0)
  })

  test('a working-directory that does not exist is named', async () => {
    const github = await scenario()
    const run = await pushRun(github, { 'working-directory': 'does/not/exist' })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain(
      'Input working-directory: the folder does/not/exist does not exist'
    )
  })

  test('a token without contents: write fails fast with the permission to add', async () => {
    const github = await scenario()
    github.server.permission = 'read'
    const run = await pushRun(github)
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('lacks the contents: write permission')
    expect(run.stdout).toContain('permissions: contents: write')
    expect(
      github.server.calls('POST', '/graphql').filter((r) => r.body.includes('createCommitOnBranch'))
    ).toHaveLength(1)
  })

  test('a protected branch fails fast and names the fix', async () => {
    const github = await scenario()
    github.server.protectedBranches.add('main')
    const run = await pushRun(github)
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('the branch is protected')
    expect(run.stdout).toContain('commit-branch')
    // The check that ran before the refusal is still in the job summary.
    expect(run.summary).toContain('## planmark check')
  })

  test('commits to a dedicated branch when commit-branch names one', async () => {
    const github = await scenario()
    const data = github.push('planmark-data', {}, { from: 'main' })
    const run = await pushRun(github, { 'commit-branch': 'planmark-data' })
    expect(run.status).toBe(0)
    expect(github.server.head('planmark-data')).not.toBe(data)
    expect(git(github.bare, ['rev-parse', 'planmark-data^']).trim()).toBe(data)
  })

  test('dry-run reports what it would commit and commits nothing', async () => {
    const github = await scenario()
    const before = github.server.head('main')
    const run = await pushRun(github, { 'dry-run': 'on' })
    expect(run.status).toBe(0)
    expect(run.outputs.changed).toBe('true')
    expect(run.summary).toContain('dry run, would commit')
    expect(github.server.head('main')).toBe(before)
  })

  test('with git, a push rejected because the branch moved is regenerated from the new head and lands', async () => {
    const github = await scenario({ withCommitMutation: false })
    const stale = github.server.head('main')
    const workspace = github.checkout('main')
    const concurrent = github.push('main', { [examplePlanPath]: tickedPlan(1) })
    const run = await runAction({
      workspace,
      inputs: { 'github-token': testToken, 'working-directory': 'examples' },
      event: github.pushEvent(stale),
      env: github.env({ GITHUB_SHA: stale, GITHUB_REF: 'refs/heads/main' })
    })
    expect(run.status).toBe(0)
    const head = github.server.head('main')
    expect(git(github.bare, ['rev-parse', `${head}^`]).trim()).toBe(concurrent)
    expect(run.summary).toContain('after 2 attempts')
    expectOnlyTheRefusedMutation(github)
  })

  test('where GraphQL has no createCommitOnBranch (older GHES), pushes with git instead', async () => {
    const github = await scenario({ withCommitMutation: false })
    const before = github.server.head('main')
    const run = await pushRun(github)
    expect(run.status).toBe(0)
    expect(run.stdout).toContain('committing with git push instead')
    const after = github.server.head('main')
    expect(git(github.bare, ['rev-parse', `${after}^`]).trim()).toBe(before)
    expect(run.outputs['commit-sha']).toBe(after)
    expectOnlyTheRefusedMutation(github)
  })
})

describe('the Action on its weekly schedule', () => {
  function weeklyRun(github: GitHubScenario) {
    const head = github.server.head('main')
    return runAction({
      workspace: github.checkout('main'),
      inputs: {
        'github-token': testToken,
        'working-directory': 'examples',
        week: '2026-W47',
        'weekly-issue': 'on'
      },
      event: github.scheduleEvent(),
      env: github.env({ GITHUB_SHA: head, GITHUB_REF: 'refs/heads/main' })
    })
  }

  test('writes the week report, commits it, and keeps one issue for the week', async () => {
    const github = await scenario()
    const first = await weeklyRun(github)
    expect(first.status).toBe(0)
    const path = 'examples/agents/performance/reports/weekly/2026-W47.md'
    expect(first.outputs['report-path']).toBe(path)
    expect(first.outputs.changed).toBe('true')
    const report = git(github.bare, ['show', `main:${path}`])
    expect(report).toContain('2026-W47')
    expect(github.server.issues).toHaveLength(1)
    expect(github.server.issues[0]?.title).toBe('planmark weekly report 2026-W47')
    expect(github.server.issues[0]?.body).toContain('<!-- planmark:weekly-report 2026-W47 -->')
    expect(first.outputs['weekly-issue-url']).toBe(
      'https://github.com/Codertocat/Hello-World/issues/1'
    )

    const head = github.server.head('main')
    const second = await weeklyRun(github)
    expect(second.status).toBe(0)
    expect(second.outputs.changed).toBe('false')
    expect(github.server.head('main')).toBe(head)
    expect(github.server.issues).toHaveLength(1)
    expect(
      github.server.calls('PATCH', '/repos/{owner}/{repo}/issues/{issue_number}')
    ).toHaveLength(0)
    expect(second.summary).toContain('**Weekly issue**: unchanged')
  })

  test('without a token, the weekly mode with its issue fails before committing the report', async () => {
    const github = await scenario()
    const before = github.server.head('main')
    const run = await runAction({
      workspace: github.checkout('main'),
      inputs: {
        'github-token': '',
        'working-directory': 'examples',
        week: '2026-W47',
        'weekly-issue': 'on'
      },
      event: github.scheduleEvent(),
      env: github.env({ GITHUB_SHA: before, GITHUB_REF: 'refs/heads/main' })
    })
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('contents: write and issues: write')
    expect(github.server.head('main')).toBe(before)
    expect(run.outputs.changed).toBeUndefined()
  })

  test('a token that may not write issues fails with the permission to add, after committing the report', async () => {
    const github = await scenario()
    github.server.faults.push({
      method: 'POST',
      route: '/repos/{owner}/{repo}/issues',
      status: 403,
      body: { message: 'Resource not accessible by integration' },
      times: 1
    })
    const run = await weeklyRun(github)
    expect(run.status).toBe(1)
    expect(run.stdout).toContain('lacks the issues: write permission')
    expect(run.outputs.changed).toBe('true')
    expect(github.server.issues).toHaveLength(0)
  })
})
