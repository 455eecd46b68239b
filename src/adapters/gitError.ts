/** git failed where planmark cannot go on without its answer; the message says which command and why. */
export class GitError extends Error {
  override name = 'GitError'
}
