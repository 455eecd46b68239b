import { execFile } from 'node:child_process'

/** Runs git with an argument array (never a shell) in `cwd`; resolves its stdout, or undefined when git fails. */
export function runGit(cwd: string, args: readonly string[]): Promise<string | undefined> {
  return new Promise((resolve) => {
    execFile(
      'git',
      args,
      { cwd, maxBuffer: 256 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout) => {
        resolve(error ? undefined : stdout)
      }
    )
  })
}
