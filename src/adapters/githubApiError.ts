/** Why GitHub refused a request, sorted so callers can react without parsing messages. */
export type ApiFailureKind = 'forbidden' | 'stale' | 'protected' | 'unsupported' | 'other'

/** A request GitHub refused. */
export class GitHubApiError extends Error {
  override name = 'GitHubApiError'
  constructor(
    message: string,
    readonly kind: ApiFailureKind,
    readonly status?: number
  ) {
    super(message)
  }
}

interface OctokitFailure {
  status?: number
  message?: string
  errors?: Array<{ type?: string; message?: string }>
}

/** Sorts an Octokit error (REST `RequestError` or `GraphqlResponseError`) into a `GitHubApiError`. */
export function githubApiError(error: unknown): GitHubApiError {
  const failure = error as OctokitFailure
  const types = (failure.errors ?? []).map((entry) => entry.type ?? '')
  const message =
    failure.errors?.map((entry) => entry.message).join(' ') || failure.message || String(error)
  const kind: ApiFailureKind =
    failure.status === 403 ||
    types.includes('FORBIDDEN') ||
    /not accessible by integration/i.test(message)
      ? 'forbidden'
      : types.includes('STALE_DATA') || /expected branch to point to/i.test(message)
        ? 'stale'
        : /protected branch|rule violations|must be made through a pull request/i.test(message)
          ? 'protected'
          : /createCommitOnBranch/.test(message) &&
              /doesn't exist|cannot query field/i.test(message)
            ? 'unsupported'
            : 'other'
  return new GitHubApiError(message.trim(), kind, failure.status)
}
