import { getOctokit } from '@actions/github'
import type { ExistingComment } from '../core/github/stickyCommentPlan.js'
import { githubApiError, type GitHubApiError } from './githubApiError.js'
import { retryRequests } from './retryRequests.js'

/** `owner/name` of a repository on GitHub. */
export interface Repository {
  owner: string
  repo: string
}

/** A comment or an issue as GitHub returned it after a write. */
export interface Posted {
  id: number
  number?: number
  url: string
}

/** A file of a commit made through the API. */
export interface FileAddition {
  path: string
  content: string
}

/** Runs a request, its failure sorted into a `GitHubApiError`. */
async function call<T>(request: () => Promise<T>): Promise<T> {
  try {
    return await request()
  } catch (error) {
    throw githubApiError(error)
  }
}

/**
 * GitHub's REST and GraphQL APIs as planmark uses them: a thin wrapper over
 * `@actions/github`, at GITHUB_API_URL (so GitHub Enterprise Server and the
 * tests' local server work), with rate limits and server errors retried.
 */
export function githubApi(token: string, repository: Repository) {
  // Read now: @actions/github reads it once, when it is loaded.
  const octokit = getOctokit(token, {
    baseUrl: process.env.GITHUB_API_URL || 'https://api.github.com'
  })
  retryRequests(octokit)
  return {
    /** The token's identity as GraphQL names it (`github-actions` for GITHUB_TOKEN). */
    async viewerLogin(): Promise<string> {
      const result = await call(() =>
        octokit.graphql<{ viewer: { login: string } }>('query { viewer { login } }')
      )
      return result.viewer.login
    },
    /** Every comment of an issue or pull request, oldest first, all pages. */
    async comments(issueNumber: number): Promise<ExistingComment[]> {
      const comments = await call(() =>
        octokit.paginate(octokit.rest.issues.listComments, {
          ...repository,
          issue_number: issueNumber,
          per_page: 100
        })
      )
      return comments.map((comment) => ({
        id: comment.id,
        body: comment.body ?? '',
        authorLogin: comment.user?.login,
        url: comment.html_url
      }))
    },
    async createComment(issueNumber: number, body: string): Promise<Posted> {
      const { data } = await call(() =>
        octokit.rest.issues.createComment({ ...repository, issue_number: issueNumber, body })
      )
      return { id: data.id, url: data.html_url }
    },
    async updateComment(id: number, body: string): Promise<Posted> {
      const { data } = await call(() =>
        octokit.rest.issues.updateComment({ ...repository, comment_id: id, body })
      )
      return { id: data.id, url: data.html_url }
    },
    /** Deletes a comment; one already gone (a racing run deleted it) is not an error. */
    async deleteComment(id: number): Promise<void> {
      try {
        await call(() => octokit.rest.issues.deleteComment({ ...repository, comment_id: id }))
      } catch (error) {
        if ((error as GitHubApiError).status !== 404) throw error
      }
    },
    /** A pull request's head commit. */
    async pullRequestHead(number: number): Promise<string> {
      const { data } = await call(() =>
        octokit.rest.pulls.get({ ...repository, pull_number: number })
      )
      return data.head.sha
    },
    /** The open pull request whose head is `label` (`owner:branch`) at `sha`, if any. */
    async pullRequestAt(label: string, sha: string): Promise<number | undefined> {
      const pulls = await call(() =>
        octokit.paginate(octokit.rest.pulls.list, {
          ...repository,
          head: label,
          state: 'open',
          per_page: 100
        })
      )
      return pulls.find((pull) => pull.head.sha === sha)?.number
    },
    /** The pull requests that contain `sha` (merged ones included), as GitHub lists them. */
    async pullsOfCommit(
      sha: string
    ): Promise<Array<{ number: number; merged: boolean; headSha: string; baseRef: string }>> {
      const pulls = await call(() =>
        octokit.paginate(octokit.rest.repos.listPullRequestsAssociatedWithCommit, {
          ...repository,
          commit_sha: sha,
          per_page: 100
        })
      )
      return pulls.map((pull) => ({
        number: pull.number,
        merged: Boolean(pull.merged_at),
        headSha: pull.head.sha,
        baseRef: pull.base.ref
      }))
    },
    /** The check runs of a commit: each one's status and conclusion. */
    async checkRuns(ref: string): Promise<Array<{ status: string; conclusion: string | null }>> {
      const runs = await call(() =>
        octokit.paginate(octokit.rest.checks.listForRef, { ...repository, ref, per_page: 100 })
      )
      return runs.map((run) => ({ status: run.status, conclusion: run.conclusion }))
    },
    /** Issues (not pull requests) updated since `since`, every state; `id` is the issue's number. */
    async issuesSince(since: string): Promise<ExistingComment[]> {
      const issues = await call(() =>
        octokit.paginate(octokit.rest.issues.listForRepo, {
          ...repository,
          state: 'all',
          since,
          per_page: 100
        })
      )
      return issues
        .filter((issue) => !issue.pull_request)
        .map((issue) => ({
          id: issue.number,
          body: issue.body ?? '',
          authorLogin: issue.user?.login,
          url: issue.html_url
        }))
    },
    async createIssue(title: string, body: string): Promise<Posted> {
      const { data } = await call(() => octokit.rest.issues.create({ ...repository, title, body }))
      return { id: data.id, number: data.number, url: data.html_url }
    },
    async updateIssue(number: number, title: string, body: string): Promise<Posted> {
      const { data } = await call(() =>
        octokit.rest.issues.update({ ...repository, issue_number: number, title, body })
      )
      return { id: data.id, number: data.number, url: data.html_url }
    },
    /**
     * One commit of `files` on `branch` through GraphQL's `createCommitOnBranch`
     * (GitHub signs it, so it shows as Verified). `expectedHeadOid` makes it
     * fail with a `stale` error when the branch moved.
     */
    async createCommitOnBranch(commit: {
      branch: string
      expectedHeadOid: string
      headline: string
      body: string
      files: readonly FileAddition[]
    }): Promise<string> {
      const result = await call(() =>
        octokit.graphql<{ createCommitOnBranch: { commit: { oid: string } } }>(
          `mutation ($input: CreateCommitOnBranchInput!) {
            createCommitOnBranch(input: $input) { commit { oid } }
          }`,
          {
            input: {
              branch: {
                repositoryNameWithOwner: `${repository.owner}/${repository.repo}`,
                branchName: commit.branch
              },
              expectedHeadOid: commit.expectedHeadOid,
              message: { headline: commit.headline, body: commit.body },
              fileChanges: {
                additions: commit.files.map((file) => ({
                  path: file.path,
                  contents: Buffer.from(file.content).toString('base64')
                }))
              }
            }
          }
        )
      )
      return result.createCommitOnBranch.commit.oid
    }
  }
}

/** The API client `githubApi` returns. */
export type GitHubApi = ReturnType<typeof githubApi>
