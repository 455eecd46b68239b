import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterEach, expect } from 'vitest'
import { FakeGitHub } from './fakeGitHub.js'
import { git } from './git.js'

const require = createRequire(import.meta.url)
const root = new URL('../..', import.meta.url).pathname

interface WebhookExamples {
  name: string
  examples: Array<Record<string, unknown> & { action?: string }>
}

/** GitHub's own example webhook payloads (`@octokit/webhooks-examples`). */
const webhooks =
  require('@octokit/webhooks-examples/api.github.com/index.json') as WebhookExamples[]

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- payloads are edited field by field, as loose JSON
function example(name: string, action?: string): Record<string, any> {
  const found = webhooks
    .find((entry) => entry.name === name)
    ?.examples.find((payload) => action === undefined || payload.action === action)
  if (!found) throw new Error(`no ${name} ${action ?? ''} example`)
  return structuredClone(found)
}

/** The token the tests pass as `github-token` (the fake accepts any). */
export const testToken = 'ghs_planmarkTestToken0123456789'

/** An example plan with unchecked boxes, which the tests tick to change it. */
export const examplePlanPath =
  'examples/agents/performance/execution_plans/2025-02-12_cursor-agent_image-cache-leak.md'

/** The example plan with its first `n` unchecked boxes ticked. */
export function tickedPlan(n: number): string {
  let left = n
  return readFileSync(join(root, examplePlanPath), 'utf8').replace(/- \[ \]/g, (box) =>
    left-- > 0 ? '- [x]' : box
  )
}

/**
 * Scenarios for one test file: each test's are closed after it, and every
 * request they received must have conformed to GitHub's API descriptions.
 */
export function scenarios(): (options?: {
  withCommitMutation?: boolean
}) => Promise<GitHubScenario> {
  const created: GitHubScenario[] = []
  afterEach(async () => {
    for (const scenario of created.splice(0)) {
      expect(scenario.server.violations).toEqual([])
      await scenario.server.close()
    }
  })
  return async (options = {}) => {
    const scenario = await new GitHubScenario(options).start()
    created.push(scenario)
    return scenario
  }
}

/** The repository every payload and the fake name. */
export const fullName = 'Codertocat/Hello-World'

/**
 * A repository on a fake GitHub: a bare repository as the remote (holding
 * `examples/` on `main`), the fake API serving it, and checkouts made the
 * way actions/checkout makes them (full history).
 */
export class GitHubScenario {
  readonly dir = mkdtempSync(join(tmpdir(), 'planmark-github-'))
  readonly bare = join(this.dir, 'remote.git')
  readonly server: FakeGitHub
  private clones = 0

  constructor(options: { withCommitMutation?: boolean } = {}) {
    git(this.dir, ['init', '-q', '--bare', '-b', 'main', this.bare])
    const seed = join(this.dir, 'seed')
    mkdirSync(seed)
    cpSync(join(root, 'examples'), join(seed, 'examples'), { recursive: true })
    git(seed, ['init', '-q', '-b', 'main'])
    git(seed, ['add', '-A'])
    git(
      seed,
      ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', 'examples'],
      '2026-11-17T09:00:00Z'
    )
    git(seed, ['push', '-q', this.bare, 'main'])
    this.server = new FakeGitHub(this.bare, fullName, options.withCommitMutation ?? true)
  }

  /** Starts the fake API. */
  async start(): Promise<this> {
    await this.server.start()
    return this
  }

  /** A fresh clone of the remote with `ref` checked out (origin is the bare repository). */
  checkout(ref = 'main'): string {
    const path = join(this.dir, `checkout-${++this.clones}`)
    git(this.dir, ['clone', '-q', this.bare, path])
    git(path, ['checkout', '-q', ref])
    return path
  }

  /** A clone of `branch` with only its last commit (actions/checkout's default `fetch-depth: 1`). */
  shallowCheckout(branch = 'main'): string {
    const path = join(this.dir, `checkout-${++this.clones}`)
    git(this.dir, ['clone', '-q', '--depth', '1', '--branch', branch, `file://${this.bare}`, path])
    return path
  }

  /**
   * Commits changes to `branch` of the remote (from a clone of `from`):
   * `files` maps paths to new contents. Resolves the new head.
   */
  push(
    branch: string,
    files: Record<string, string>,
    options: { from?: string; date?: string } = {}
  ): string {
    const clone = this.checkout(options.from ?? branch)
    git(clone, ['checkout', '-q', '-B', branch])
    for (const [path, content] of Object.entries(files)) {
      mkdirSync(dirname(join(clone, path)), { recursive: true })
      writeFileSync(join(clone, path), content)
    }
    git(clone, ['add', '-A'])
    git(
      clone,
      ['-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', `change ${branch}`],
      options.date
    )
    git(clone, ['push', '-q', 'origin', `HEAD:refs/heads/${branch}`])
    return git(clone, ['rev-parse', 'HEAD']).trim()
  }

  /** Whether the remote has `branch`. */
  hasBranch(branch: string): boolean {
    return git(this.bare, ['branch', '--list', branch]).trim() !== ''
  }

  /** The environment the runner gives a step, pointed at the fake API. */
  env(extra: Record<string, string> = {}): Record<string, string> {
    return {
      GITHUB_API_URL: this.server.url,
      GITHUB_GRAPHQL_URL: `${this.server.url}/graphql`,
      GITHUB_SERVER_URL: 'https://github.com',
      GITHUB_REPOSITORY: fullName,
      GITHUB_RUN_ID: '7',
      GITHUB_RUN_ATTEMPT: '1',
      ...extra
    }
  }

  /** A `pull_request` payload (GitHub's `synchronize` example, or another action's) for pull request `number`. */
  pullRequestEvent(pull: {
    number: number
    headSha: string
    headRef: string
    baseSha: string
    fork?: string
    action?: 'opened' | 'synchronize'
    sender?: string
  }): { name: string; payload: unknown } {
    const payload = example('pull_request', pull.action ?? 'synchronize')
    if (pull.sender) payload.sender.login = pull.sender
    payload.number = pull.number
    payload.after = pull.headSha
    payload.pull_request.number = pull.number
    payload.pull_request.head.sha = pull.headSha
    payload.pull_request.head.ref = pull.headRef
    payload.pull_request.base.sha = pull.baseSha
    payload.pull_request.base.ref = 'main'
    if (pull.fork) {
      payload.pull_request.head.repo.full_name = `${pull.fork}/Hello-World`
      payload.pull_request.head.repo.fork = true
      payload.pull_request.head.repo.owner.login = pull.fork
      payload.pull_request.head.label = `${pull.fork}:${pull.headRef}`
    }
    this.server.pulls.set(pull.number, {
      number: pull.number,
      headSha: pull.headSha,
      headRef: pull.headRef,
      headRepository: pull.fork ? `${pull.fork}/Hello-World` : fullName,
      baseRef: 'main'
    })
    return { name: 'pull_request', payload }
  }

  /** A `push` payload (GitHub's example, moved to `main` at `after`). */
  pushEvent(after: string): { name: string; payload: unknown } {
    const payload = example('push')
    payload.ref = 'refs/heads/main'
    payload.after = after
    payload.created = false
    payload.base_ref = null
    return { name: 'push', payload }
  }

  /** A `workflow_run` payload (GitHub's `completed` example) for a pull_request run of a fork's branch. */
  workflowRunEvent(run: { headSha: string; headBranch: string; fork: string }): {
    name: string
    payload: unknown
  } {
    const payload = example('workflow_run', 'completed')
    payload.workflow_run.event = 'pull_request'
    payload.workflow_run.conclusion = 'success'
    payload.workflow_run.head_sha = run.headSha
    payload.workflow_run.head_branch = run.headBranch
    payload.workflow_run.head_repository.full_name = `${run.fork}/Hello-World`
    payload.workflow_run.head_repository.owner.login = run.fork
    // GitHub lists no pull requests on a workflow_run from a fork.
    payload.workflow_run.pull_requests = []
    payload.repository.full_name = fullName
    return { name: 'workflow_run', payload }
  }

  /**
   * A `schedule` payload. GitHub's examples have none (it is not a webhook);
   * a scheduled run's payload is the cron line with the repository.
   */
  scheduleEvent(): { name: string; payload: unknown } {
    const repository = example('push').repository as Record<string, unknown>
    return { name: 'schedule', payload: { schedule: '0 6 * * 1', repository } }
  }
}
