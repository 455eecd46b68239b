import { runGit } from './runGit.js'

/** Whether `cwd` is inside a git work tree (false when git is missing). */
export async function isGitWorkTree(cwd: string): Promise<boolean> {
  return (await runGit(cwd, ['rev-parse', '--is-inside-work-tree']))?.trim() === 'true'
}
