import { execFileSync } from 'node:child_process'

/** Runs git in `cwd` as a fixed test identity (and at `date`, when given), whatever the machine's configuration. */
export function git(cwd: string, args: string[], date?: string): string {
  return execFileSync('git', args, {
    cwd,
    encoding: 'utf8',
    stdio: 'pipe',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'planmark tests',
      GIT_AUTHOR_EMAIL: 'tests@planmark.invalid',
      GIT_COMMITTER_NAME: 'planmark tests',
      GIT_COMMITTER_EMAIL: 'tests@planmark.invalid',
      ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {})
    }
  })
}

/** Makes `dir` a git repository (if it is not yet) and commits everything in it. */
export function commitAll(dir: string, message: string, date?: string): void {
  git(dir, ['init', '-q'], date)
  git(dir, ['add', '-A'], date)
  git(dir, ['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], date)
}

/** Who made a commit, when, and the trailers of its message. */
export interface CommitIdentity {
  date: string
  author?: { name: string; email: string }
  committer?: { name: string; email: string }
  trailers?: string[]
}

/**
 * Stages everything in `dir` and commits it as `who` (author and committer
 * both back-dated to `who.date`, the committer the author unless given),
 * with `who.trailers` after a blank line; returns the commit id.
 */
export function commitAs(dir: string, message: string, who: CommitIdentity): string {
  const author = who.author ?? { name: 'planmark tests', email: 'tests@planmark.invalid' }
  const committer = who.committer ?? author
  const env = {
    ...process.env,
    GIT_AUTHOR_NAME: author.name,
    GIT_AUTHOR_EMAIL: author.email,
    GIT_COMMITTER_NAME: committer.name,
    GIT_COMMITTER_EMAIL: committer.email,
    GIT_AUTHOR_DATE: who.date,
    GIT_COMMITTER_DATE: who.date
  }
  const run = (args: string[]) =>
    execFileSync('git', args, { cwd: dir, encoding: 'utf8', stdio: 'pipe', env })
  run(['-c', 'init.defaultBranch=main', 'init', '-q'])
  run(['add', '-A'])
  const body = who.trailers?.length ? `${message}\n\n${who.trailers.join('\n')}` : message
  run(['-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', body])
  return run(['rev-parse', 'HEAD']).trim()
}
