import { isFeatureAvailable, restoreCache, saveCache } from '@actions/cache'

/**
 * GitHub's cache service, through @actions/cache (service v2 on github.com,
 * the legacy v1 service on GitHub Enterprise Server), for one folder. The
 * library treats the service as optional: a failure (a server error, an
 * unreachable service, a key another job is saving) is a warning in the log
 * and a miss or a save not made here, never an exception.
 */
export const actionsCache = {
  /** Whether the runner names a cache service (GHES without one, and runs outside Actions, have none). */
  available: (): boolean => isFeatureAvailable(),
  /**
   * Restores `dir` from the entry of `key`, else from the newest entry that
   * starts with one of `restoreKeys`. The key restored, or undefined for a
   * miss or a failure.
   */
  restore: (dir: string, key: string, restoreKeys: string[]): Promise<string | undefined> =>
    restoreCache([dir], key, restoreKeys),
  /** Saves `dir` as the entry of `key`; whether the service took it. */
  save: async (dir: string, key: string): Promise<boolean> => (await saveCache([dir], key)) > 0
}
