/** A plans.json rollup refuses (unreadable, too large, not JSON, not the schema, no or a repeated repository): exit 2. */
export class RollupInputError extends Error {
  override name = 'RollupInputError'
}
