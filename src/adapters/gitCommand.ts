import { execFile } from 'node:child_process'
import { gitEnvironment } from './gitEnvironment.js'

/** What a git command did. */
export interface GitResult {
  code: number
  stdout: string
  stderr: string
}

/**
 * Runs git with an argument array (never a shell) in the repository of
 * `cwd` (inherited GIT_DIR and the like are dropped), with extra environment
 * variables and standard input; never throws for git's own failures, which
 * show in `code` and `stderr`.
 */
export function gitCommand(
  cwd: string,
  args: readonly string[],
  options: { env?: Record<string, string>; input?: string } = {}
): Promise<GitResult> {
  return new Promise((resolve) => {
    const child = execFile(
      'git',
      args,
      {
        cwd,
        maxBuffer: 256 * 1024 * 1024,
        encoding: 'utf8',
        env: gitEnvironment(options.env)
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0
        resolve({ code, stdout, stderr })
      }
    )
    // git may exit before reading its input (a failed command): that is not our error to raise.
    child.stdin?.on('error', () => undefined)
    if (options.input === undefined) child.stdin?.end()
    else child.stdin?.end(options.input)
  })
}
