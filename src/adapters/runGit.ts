import { gitCommand } from './gitCommand.js'

/** Runs git with an argument array (never a shell) in `cwd`; resolves its stdout, or undefined when git fails. */
export async function runGit(cwd: string, args: readonly string[]): Promise<string | undefined> {
  const result = await gitCommand(cwd, args)
  return result.code === 0 ? result.stdout : undefined
}
