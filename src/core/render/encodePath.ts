/**
 * A path (or a branch name) as a URL path: each segment percent-encoded, the
 * slashes kept, so `#`, `?` and spaces in a name cannot end or redirect a link.
 */
export function encodePath(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/')
}
