import { runGit } from './runGit.js'

/** Whether the repository at `cwd` is a shallow clone (actions/checkout's default `fetch-depth: 1`). */
export async function isShallowClone(cwd: string): Promise<boolean> {
  return (await runGit(cwd, ['rev-parse', '--is-shallow-repository']))?.trim() === 'true'
}
