import type { Source } from '../core/types/generated.js'
import { runGit } from './runGit.js'

/**
 * The commit the analysed documents come from: the last commit that changed
 * anything under `cwd` except planmark's own output folders, and its date in
 * UTC. Committing regenerated outputs therefore does not change it (no
 * endless regenerate-and-commit loop). Nulls outside git.
 */
export async function gitSource(cwd: string, outputDirs: readonly string[]): Promise<Source> {
  const excludes = outputDirs.map((dir) => `:(exclude)${dir}`)
  const line = await runGit(cwd, ['log', '-1', '--format=%H %ct', '--', '.', ...excludes])
  const [commit, seconds] = line?.trim().split(' ') ?? []
  if (!commit || !seconds) return { commit: null, date: null }
  return { commit, date: new Date(Number(seconds) * 1000).toISOString().replace(/\.000Z$/, 'Z') }
}
