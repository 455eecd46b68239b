/**
 * Whether the runner names a cache service at all (ACTIONS_RESULTS_URL for
 * service v2, ACTIONS_CACHE_URL for v1). Without either there is none, known
 * without loading @actions/cache (most of the Action's bundle), which then
 * decides which one, if any, it can use.
 */
export function cacheServiceNamed(): boolean {
  return Boolean(process.env.ACTIONS_RESULTS_URL || process.env.ACTIONS_CACHE_URL)
}
