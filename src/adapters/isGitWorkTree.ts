import { execFile } from 'node:child_process'

/** Whether `cwd` is inside a git work tree (false when git is missing). */
export function isGitWorkTree(cwd: string): Promise<boolean> {
  return new Promise((resolve) => {
    execFile('git', ['rev-parse', '--is-inside-work-tree'], { cwd }, (error, stdout) => {
      resolve(!error && stdout.trim() === 'true')
    })
  })
}
