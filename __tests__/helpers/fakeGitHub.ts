import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { schema as graphqlSchema } from '@octokit/graphql-schema'
import { buildClientSchema, graphql, GraphQLSchema, type IntrospectionQuery } from 'graphql'
import { OpenApiValidator } from './openApiValidator.js'

/** The identity of GITHUB_TOKEN, as GitHub's REST and GraphQL APIs give it. */
export const actionsBot = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }
const viewerLogin = 'github-actions'

/** A user who is not the token's identity. */
export const otherUser = { login: 'octocat', id: 583231, type: 'User' }

type Account = typeof actionsBot

/** An issue or pull-request comment the fake keeps. */
export interface FakeComment {
  id: number
  issueNumber: number
  body: string
  user: Account
  createdAt: string
  updatedAt: string
}

/** An issue the fake keeps. */
export interface FakeIssue {
  number: number
  title: string
  body: string
  user: Account
  state: 'open' | 'closed'
}

/** A pull request the fake knows. */
export interface FakePull {
  number: number
  headSha: string
  headRef: string
  /** `owner/name` of the repository the head branch lives in (another one for a fork). */
  headRepository: string
  baseRef: string
  /** Whether it was merged (merged_at set). */
  merged?: boolean
  /** The commits it carried, besides its head. */
  commits?: string[]
}

/** A check run of a commit, as the fake reports it. */
export interface FakeCheckRun {
  name: string
  status: 'queued' | 'in_progress' | 'completed'
  conclusion: 'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | null
}

/** An answer the fake gives instead of serving a request (a fault), `times` times. */
export interface Fault {
  method: string
  route: string
  status: number
  headers?: Record<string, string>
  body?: unknown
  times: number
}

/** One request as the fake received it. */
export interface RecordedRequest {
  method: string
  route: string
  path: string
  /** The query string, `?` included (empty without one). */
  query: string
  body: string
}

class GraphqlFailure extends Error {
  constructor(
    message: string,
    readonly type: string
  ) {
    super(message)
  }
}

/** GitHub's published GraphQL schema as introspection JSON (`@octokit/graphql-schema`). */
function introspection(): IntrospectionQuery {
  const json = graphqlSchema.json as unknown as { data?: IntrospectionQuery } & IntrospectionQuery
  return json.data ?? json
}

/** GitHub's published GraphQL schema, or (for an older GitHub Enterprise Server) one without `createCommitOnBranch`. */
function schemaOf(withCommitMutation: boolean): GraphQLSchema {
  const source = introspection()
  if (withCommitMutation) return buildClientSchema(source)
  const types = source.__schema.types.map((type) =>
    type.name === 'Mutation' && type.kind === 'OBJECT'
      ? { ...type, fields: type.fields.filter((field) => field.name !== 'createCommitOnBranch') }
      : type
  )
  return buildClientSchema({ __schema: { ...source.__schema, types } })
}

function gitIn(cwd: string, args: string[], env: Record<string, string> = {}): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
    env: { ...process.env, ...env }
  }).trim()
}

/**
 * A stateful stand-in for api.github.com on 127.0.0.1. Every REST request is
 * checked against GitHub's OpenAPI description and every GraphQL document
 * against GitHub's GraphQL schema; what does not conform is answered 422 and
 * kept in `violations`. Commits land in a real bare repository, so tests see
 * the same refs git does.
 */
export class FakeGitHub {
  readonly violations: string[] = []
  readonly requests: RecordedRequest[] = []
  readonly comments: FakeComment[] = []
  readonly issues: FakeIssue[] = []
  readonly pulls = new Map<number, FakePull>()
  /** Check runs by commit. */
  readonly checkRuns = new Map<string, FakeCheckRun[]>()
  readonly faults: Fault[] = []
  readonly protectedBranches = new Set<string>()
  /** `read` answers every write 403, as a fork's or Dependabot's token is. */
  permission: 'write' | 'read' = 'write'
  /** Commits whose answer is lost: applied, then the connection is dropped (a network failure after GitHub made the commit). */
  loseCommitAnswers = 0
  /** Called before a commit is applied: a test moves the branch here to race the Action. */
  beforeCommit: ((branch: string) => void) | undefined
  url = ''
  private answerLost = false
  private nextId = 1000
  private clock = Date.parse('2026-11-20T10:00:00Z')
  private schema: GraphQLSchema
  private readonly validator = new OpenApiValidator()
  private server: Server | undefined

  constructor(
    /** The bare repository that is `owner/repo` on this fake. */
    readonly bare: string,
    readonly fullName = 'Codertocat/Hello-World',
    withCommitMutation = true
  ) {
    this.schema = schemaOf(withCommitMutation)
  }

  /** Starts listening on a free port of 127.0.0.1. */
  async start(): Promise<this> {
    this.server = createServer((request, response) => {
      this.handle(request, response).catch((error: unknown) => {
        this.violations.push(`the fake failed: ${String(error)}`)
        this.send(response, 500, { message: String(error) })
      })
    })
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
    return this
  }

  /** Stops listening. */
  async close(): Promise<void> {
    await new Promise((resolve) => this.server?.close(resolve))
  }

  /** The requests that reached `route` with `method`. */
  calls(method: string, route: string): RecordedRequest[] {
    return this.requests.filter((request) => request.method === method && request.route === route)
  }

  /** Adds a comment as `user`, as if posted earlier. */
  seedComment(issueNumber: number, body: string, user: Account = actionsBot): FakeComment {
    const comment = this.newComment(issueNumber, body, user)
    this.comments.push(comment)
    return comment
  }

  /** The commit a branch of the bare repository points at. */
  head(branch: string): string {
    return gitIn(this.bare, ['rev-parse', `refs/heads/${branch}`])
  }

  private now(): string {
    this.clock += 1000
    return new Date(this.clock).toISOString().replace('.000Z', 'Z')
  }

  private newComment(issueNumber: number, body: string, user: Account): FakeComment {
    const at = this.now()
    return { id: this.nextId++, issueNumber, body, user, createdAt: at, updatedAt: at }
  }

  private async handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const body = Buffer.concat(chunks).toString('utf8')
    const url = new URL(request.url ?? '/', this.url)
    const method = request.method ?? 'GET'
    if (!/^(token|bearer) \S+$/i.test(request.headers.authorization ?? ''))
      return this.send(response, 401, { message: 'Requires authentication' })
    if (url.pathname === '/graphql' && method === 'POST') {
      this.requests.push({ method, route: '/graphql', path: url.pathname, query: url.search, body })
      return this.graphql(body, response)
    }
    const checked = this.validator.check(method, url, body)
    this.requests.push({
      method,
      route: checked.route,
      path: url.pathname,
      query: url.search,
      body
    })
    if (checked.violations.length > 0) {
      this.violations.push(...checked.violations.map((v) => `${method} ${url.pathname}: ${v}`))
      return this.send(response, 422, { message: 'Validation Failed', errors: checked.violations })
    }
    const fault = this.faults.find(
      (f) => f.method === method && f.route === checked.route && f.times > 0
    )
    if (fault) {
      fault.times -= 1
      return this.send(response, fault.status, fault.body ?? { message: 'fault' }, fault.headers)
    }
    if (checked.params.owner + '/' + checked.params.repo !== this.fullName)
      return this.send(response, 404, { message: 'Not Found' })
    if (method !== 'GET' && this.permission === 'read')
      return this.send(response, 403, {
        message: 'Resource not accessible by integration',
        documentation_url: 'https://docs.github.com/rest',
        status: '403'
      })
    const data = body ? (JSON.parse(body) as Record<string, unknown>) : {}
    const params = checked.params
    const route = `${method} ${checked.route}`
    switch (route) {
      case 'GET /repos/{owner}/{repo}/issues/{issue_number}/comments':
        return this.page(
          response,
          url,
          this.comments
            .filter((c) => c.issueNumber === Number(params.issue_number))
            .map((c) => this.commentJson(c))
        )
      case 'POST /repos/{owner}/{repo}/issues/{issue_number}/comments': {
        const comment = this.newComment(Number(params.issue_number), String(data.body), actionsBot)
        this.comments.push(comment)
        return this.send(response, 201, this.commentJson(comment))
      }
      case 'PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const comment = this.comments.find((c) => c.id === Number(params.comment_id))
        if (!comment) return this.send(response, 404, { message: 'Not Found' })
        comment.body = String(data.body)
        comment.updatedAt = this.now()
        return this.send(response, 200, this.commentJson(comment))
      }
      case 'DELETE /repos/{owner}/{repo}/issues/comments/{comment_id}': {
        const index = this.comments.findIndex((c) => c.id === Number(params.comment_id))
        if (index < 0) return this.send(response, 404, { message: 'Not Found' })
        this.comments.splice(index, 1)
        return this.send(response, 204, undefined)
      }
      case 'GET /repos/{owner}/{repo}/pulls/{pull_number}': {
        const pull = this.pulls.get(Number(params.pull_number))
        return pull
          ? this.send(response, 200, this.pullJson(pull))
          : this.send(response, 404, { message: 'Not Found' })
      }
      case 'GET /repos/{owner}/{repo}/pulls': {
        const head = url.searchParams.get('head')
        return this.page(
          response,
          url,
          [...this.pulls.values()]
            .filter(
              (pull) => !head || `${pull.headRepository.split('/')[0]}:${pull.headRef}` === head
            )
            .map((pull) => this.pullJson(pull))
        )
      }
      case 'GET /repos/{owner}/{repo}/commits/{commit_sha}/pulls':
        return this.page(
          response,
          url,
          [...this.pulls.values()]
            .filter(
              (pull) =>
                pull.headSha === params.commit_sha ||
                (pull.commits ?? []).includes(String(params.commit_sha))
            )
            .map((pull) => this.pullJson(pull))
        )
      case 'GET /repos/{owner}/{repo}/commits/{ref}/check-runs': {
        const runs = (this.checkRuns.get(String(params.ref)) ?? []).map((run, index) => ({
          id: 9000 + index,
          name: run.name,
          head_sha: params.ref,
          status: run.status,
          conclusion: run.conclusion,
          html_url: `https://github.com/${this.fullName}/runs/${9000 + index}`
        }))
        return this.send(response, 200, { total_count: runs.length, check_runs: runs })
      }
      case 'GET /repos/{owner}/{repo}/issues': {
        const creator = url.searchParams.get('creator')
        const state = url.searchParams.get('state') ?? 'open'
        return this.page(
          response,
          url,
          this.issues
            .filter((issue) => !creator || issue.user.login === creator)
            .filter((issue) => state === 'all' || issue.state === state)
            .map((issue) => this.issueJson(issue))
        )
      }
      case 'POST /repos/{owner}/{repo}/issues': {
        const issue: FakeIssue = {
          number: this.issues.length + 1,
          title: String(data.title),
          body: String(data.body ?? ''),
          user: actionsBot,
          state: 'open'
        }
        this.issues.push(issue)
        return this.send(response, 201, this.issueJson(issue))
      }
      case 'PATCH /repos/{owner}/{repo}/issues/{issue_number}': {
        const issue = this.issues.find((i) => i.number === Number(params.issue_number))
        if (!issue) return this.send(response, 404, { message: 'Not Found' })
        if (typeof data.title === 'string') issue.title = data.title
        if (typeof data.body === 'string') issue.body = data.body
        return this.send(response, 200, this.issueJson(issue))
      }
      default:
        this.violations.push(`${route} is documented but this fake does not serve it`)
        return this.send(response, 501, { message: 'Not implemented by the fake' })
    }
  }

  private async graphql(text: string, response: ServerResponse): Promise<void> {
    const { query, variables } = JSON.parse(text) as {
      query: string
      variables?: Record<string, unknown>
    }
    const result = await graphql({
      schema: this.schema,
      source: query,
      variableValues: variables ?? null,
      rootValue: {
        viewer: { login: viewerLogin },
        createCommitOnBranch: ({ input }: { input: CommitInput }) => this.commitOnBranch(input)
      }
    })
    if (result.errors?.some((error) => !error.originalError))
      this.violations.push(...result.errors.map((error) => `graphql: ${error.message}`))
    const errors = result.errors?.map((error) => ({
      type: error.originalError instanceof GraphqlFailure ? error.originalError.type : undefined,
      message: error.message,
      path: error.path,
      locations: error.locations
    }))
    if (this.answerLost) {
      this.answerLost = false
      response.socket?.destroy()
      return
    }
    this.send(response, 200, errors ? { data: result.data ?? null, errors } : { data: result.data })
  }

  private commitOnBranch(input: CommitInput): object {
    const { repositoryNameWithOwner, branchName } = input.branch
    if (repositoryNameWithOwner !== this.fullName)
      throw new GraphqlFailure(
        `Could not resolve to a Repository with the name '${repositoryNameWithOwner}'.`,
        'NOT_FOUND'
      )
    if (this.permission === 'read')
      throw new GraphqlFailure('Resource not accessible by integration', 'FORBIDDEN')
    this.beforeCommit?.(branchName)
    if (this.protectedBranches.has(branchName))
      throw new GraphqlFailure(
        'Repository rule violations found\n\nChanges must be made through a pull request.\n\n',
        'UNPROCESSABLE'
      )
    const current = this.head(branchName)
    if (current !== input.expectedHeadOid)
      throw new GraphqlFailure(
        `Expected branch to point to "${input.expectedHeadOid}" but it did not. Pull and try again.`,
        'STALE_DATA'
      )
    const worktree = mkdtempSync(join(tmpdir(), 'planmark-fake-commit-'))
    rmSync(worktree, { recursive: true })
    gitIn(this.bare, ['worktree', 'add', '-q', '--detach', worktree, current])
    try {
      for (const { path, contents } of input.fileChanges.additions ?? []) {
        mkdirSync(dirname(join(worktree, path)), { recursive: true })
        writeFileSync(join(worktree, path), Buffer.from(contents, 'base64'))
        gitIn(worktree, ['add', '--', path])
      }
      for (const { path } of input.fileChanges.deletions ?? [])
        gitIn(worktree, ['rm', '-q', '--', path])
      const message = [input.message.headline, input.message.body].filter(Boolean).join('\n\n')
      gitIn(
        worktree,
        ['-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', message],
        {
          GIT_AUTHOR_NAME: actionsBot.login,
          GIT_AUTHOR_EMAIL: `${actionsBot.id}+${actionsBot.login}@users.noreply.github.com`,
          GIT_COMMITTER_NAME: 'GitHub',
          GIT_COMMITTER_EMAIL: 'noreply@github.com'
        }
      )
      const oid = gitIn(worktree, ['rev-parse', 'HEAD'])
      gitIn(this.bare, ['update-ref', `refs/heads/${branchName}`, oid, current])
      if (this.loseCommitAnswers > 0) {
        this.loseCommitAnswers -= 1
        this.answerLost = true
      }
      return {
        commit: { oid, url: `https://github.com/${this.fullName}/commit/${oid}` },
        ref: { name: branchName }
      }
    } finally {
      gitIn(this.bare, ['worktree', 'remove', '--force', worktree])
    }
  }

  private page(response: ServerResponse, url: URL, items: object[]): void {
    const perPage = Number(url.searchParams.get('per_page') ?? 30)
    const page = Number(url.searchParams.get('page') ?? 1)
    const headers: Record<string, string> = {}
    if (page * perPage < items.length) {
      const next = new URL(url.toString())
      next.searchParams.set('page', String(page + 1))
      headers.link = `<${next.toString()}>; rel="next"`
    }
    this.send(response, 200, items.slice((page - 1) * perPage, page * perPage), headers)
  }

  private commentJson(comment: FakeComment): object {
    const htmlUrl = `https://github.com/${this.fullName}/pull/${comment.issueNumber}#issuecomment-${comment.id}`
    return {
      id: comment.id,
      node_id: `IC_${comment.id}`,
      url: `${this.url}/repos/${this.fullName}/issues/comments/${comment.id}`,
      html_url: htmlUrl,
      issue_url: `${this.url}/repos/${this.fullName}/issues/${comment.issueNumber}`,
      body: comment.body,
      user: comment.user,
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
      author_association: comment.user === actionsBot ? 'NONE' : 'OWNER'
    }
  }

  private pullJson(pull: FakePull): object {
    const repository = (fullName: string) => ({
      full_name: fullName,
      fork: fullName !== this.fullName
    })
    return {
      number: pull.number,
      state: pull.merged ? 'closed' : 'open',
      merged_at: pull.merged ? '2026-11-19T12:00:00Z' : null,
      html_url: `https://github.com/${this.fullName}/pull/${pull.number}`,
      head: { sha: pull.headSha, ref: pull.headRef, repo: repository(pull.headRepository) },
      base: { ref: pull.baseRef, repo: repository(this.fullName) }
    }
  }

  private issueJson(issue: FakeIssue): object {
    return {
      number: issue.number,
      id: issue.number + 5000,
      title: issue.title,
      body: issue.body,
      state: issue.state,
      user: issue.user,
      html_url: `https://github.com/${this.fullName}/issues/${issue.number}`
    }
  }

  private send(
    response: ServerResponse,
    status: number,
    body: unknown,
    headers: Record<string, string> = {}
  ): void {
    response.writeHead(status, {
      ...(body === undefined ? {} : { 'content-type': 'application/json; charset=utf-8' }),
      ...headers
    })
    response.end(body === undefined ? undefined : JSON.stringify(body))
  }
}

interface CommitInput {
  branch: { repositoryNameWithOwner: string; branchName: string }
  expectedHeadOid: string
  message: { headline: string; body?: string }
  fileChanges: {
    additions?: Array<{ path: string; contents: string }>
    deletions?: Array<{ path: string }>
  }
}
