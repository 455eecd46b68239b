/**
 * Whether a REST author login is the token's own identity, given GraphQL's
 * `viewer.login`. GitHub names a bot `github-actions` in GraphQL and
 * `github-actions[bot]` in REST; `GET /user` is closed to GITHUB_TOKEN, so
 * GraphQL's name is the one a token can always learn.
 */
export function isTokenIdentity(authorLogin: string | undefined, viewerLogin: string): boolean {
  return authorLogin === viewerLogin || authorLogin === `${viewerLogin}[bot]`
}
