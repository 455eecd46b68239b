/** Longer than any remote URL worth reading; longer text is not parsed, so parsing stays linear. */
const maxLength = 2048

// The path after the host: `owner/name` with an optional `.git` and slash. Anchored, no nested repetition.
const ownerName = /^\/?([A-Za-z0-9][A-Za-z0-9-]{0,38})\/([A-Za-z0-9._-]{1,100}?)(?:\.git)?\/?$/

/**
 * A git remote URL as `owner/name`: `https://github.com/o/n.git`,
 * `git@github.com:o/n.git`, `ssh://git@host:22/o/n`, any host. Credentials
 * in the URL are never kept. Null for a local path or anything else, so the
 * field is honest rather than guessed.
 */
export function repositoryName(url: string): string | null {
  const text = url.trim()
  if (text.length === 0 || text.length > maxLength) return null
  let path: string | undefined
  const scheme = /^(?:https?|ssh|git):\/\/([^/]*)(\/.*)$/.exec(text)
  if (scheme) path = scheme[2]
  else {
    // scp-like syntax: [user@]host:path, where host has no slash.
    const scp = /^(?:[^@/:]+@)?[^@/:]+:(.*)$/.exec(text)
    if (scp) path = scp[1]
  }
  if (path === undefined) return null
  const match = ownerName.exec(path)
  return match ? `${match[1]}/${match[2]}` : null
}
