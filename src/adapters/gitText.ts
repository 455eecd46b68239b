import { gitCommand } from './gitCommand.js'
import { GitError } from './gitError.js'

/**
 * Runs git and resolves its stdout, or throws `GitError` naming the command
 * and `what` could not be read: for reads whose absence must not pass for an
 * empty answer (a history that failed is not an empty history).
 */
export async function gitText(cwd: string, args: readonly string[], what: string): Promise<string> {
  const result = await gitCommand(cwd, args)
  if (result.code !== 0)
    throw new GitError(
      `git ${args.slice(0, 2).join(' ')} failed in ${cwd} (exit ${result.code}): ${result.stderr.trim() || 'no message'}; ${what} could not be read.`
    )
  return result.stdout
}
