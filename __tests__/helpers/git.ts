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
