/** Shards that do not fit together. */
export class ShardError extends Error {
  override name = 'ShardError'
}
