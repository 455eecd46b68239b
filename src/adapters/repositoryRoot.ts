import { realpath } from 'node:fs/promises'
import { runGit } from './runGit.js'

/**
 * The real path of the folder planmark may write in: the root of the git
 * work tree that holds `cwd`, or `cwd` itself outside git.
 */
export async function repositoryRoot(cwd: string): Promise<string> {
  const top = (await runGit(cwd, ['rev-parse', '--show-toplevel']))?.trim()
  return realpath(top || cwd)
}
