/** A configuration problem the user must fix; the message names the file and the fix. */
export class ConfigError extends Error {
  override name = 'ConfigError'
}
