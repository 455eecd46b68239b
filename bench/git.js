// git for the benchmark's repositories: a fixed identity and no signing,
// whatever the machine's configuration.
import { execFileSync } from 'node:child_process'

const identity = {
  GIT_AUTHOR_NAME: 'bench',
  GIT_AUTHOR_EMAIL: 'b@b.invalid',
  GIT_COMMITTER_NAME: 'bench',
  GIT_COMMITTER_EMAIL: 'b@b.invalid'
}

/** Runs git with `args` in `dir`; returns its trimmed output. */
export function git(dir, args) {
  return execFileSync('git', ['-c', 'commit.gpgsign=false', ...args], {
    cwd: dir,
    env: { ...process.env, ...identity },
    encoding: 'utf8'
  }).trim()
}
