/** A path the user named that does not exist. */
export class MissingPathError extends Error {
  override name = 'MissingPathError'
}
