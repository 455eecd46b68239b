import { repositoryName } from '../core/rollup/repositoryName.js'
import { runGit } from './runGit.js'

/** The `origin` remote of the repository at `cwd` as `owner/name`, or null (no git, no origin, or not that shape). */
export async function gitRemoteRepository(cwd: string): Promise<string | null> {
  const url = await runGit(cwd, ['remote', 'get-url', 'origin'])
  return url === undefined ? null : repositoryName(url)
}
