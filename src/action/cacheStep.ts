import { actionsRuntime, type ActionContext } from '../adapters/actionsRuntime.js'
import { cacheServiceNamed } from '../adapters/cacheServiceNamed.js'
import { cacheStamp } from '../adapters/documentCache.js'
import { folderFingerprint } from '../adapters/folderFingerprint.js'
import { loadConfig } from '../adapters/loadConfig.js'
import { resolveConfig } from '../core/resolveConfig.js'
import type { CheckResult } from '../pipeline/checkFiles.js'
import type { ActionInputs } from './actionInputs.js'

/** The cache restored for this run; `finish` saves it at the end of the run. */
export interface CacheStep {
  /**
   * Saves the cache folder when the run changed it and this commit has no
   * entry yet; returns the job summary's line, with the check's counts
   * (`use`) when it ran.
   */
  finish(use?: CheckResult['cacheUse']): Promise<string>
}

/**
 * Restores the document cache from GitHub's cache service into `cacheDir`
 * before the check: the entry of this build, configuration and commit, else
 * the newest of the same build and configuration (an earlier commit's,
 * whose unchanged documents are still valid). Undefined with the `cache`
 * input off, with no cache service (one notice: the run starts cold), or
 * when the configuration does not load (the check reports that).
 */
export async function cacheStep(
  inputs: ActionInputs,
  context: ActionContext,
  where: { cwd: string; cacheDir: string }
): Promise<CacheStep | undefined> {
  if (!inputs.cache) return undefined
  const { cacheDir } = where
  const config = await loadConfig(where.cwd, inputs.config).then(
    (loaded) => resolveConfig(loaded.config),
    () => undefined
  )
  if (!config) return undefined
  const noService = () => {
    actionsRuntime.notice(
      'planmark: this runner has no cache service (GitHub Enterprise Server without one, or a run outside GitHub Actions), so every run parses every document; set the input cache to off to silence this.'
    )
    return undefined
  }
  if (!cacheServiceNamed()) return noService()
  // Loaded only here: the library (with the Azure SDK) is most of the bundle.
  const { actionsCache } = await import('../adapters/actionsCache.js')
  if (!actionsCache.available()) return noService()
  const stamp = cacheStamp(config)
  // The stamp keeps entries of other builds and configurations apart; the commit names this run's.
  const prefix = `planmark-${stamp}-`
  const key = `${prefix}${context.sha}`
  const failed = (doing: string) => (error: unknown) => {
    actionsRuntime.notice(
      `planmark: the cache could not be ${doing} (${error instanceof Error ? error.message : String(error)}); the run goes on without it.`
    )
    return undefined
  }
  const restored = await actionsCache.restore(cacheDir, key, [prefix]).catch(failed('restored'))
  const before = await folderFingerprint(cacheDir)
  return {
    async finish(use) {
      const changed = (await folderFingerprint(cacheDir)) !== before
      const saved =
        restored === key
          ? 'not saved (this commit has an entry)'
          : !changed
            ? 'not saved (nothing changed)'
            : (await actionsCache.save(cacheDir, key).catch(failed('saved')))
              ? `saved as \`${key}\``
              : 'not saved (the cache service did not take it: see the warning in the log)'
      const from = restored
        ? `restored \`${restored}\`${restored === key ? '' : " (an earlier commit's)"}`
        : 'no entry to restore'
      const counts = use ? `; ${use.recalled} documents reused, ${use.parsed} parsed` : ''
      return `**Cache:** ${from}${counts}; ${saved}.\n`
    }
  }
}
