/**
 * Resolves a relative Markdown link against the file that holds it, POSIX
 * style (`reviews/a.md` + `../plans/b.md#x` → `plans/b.md`). Returns undefined
 * for absolute URLs, anchors and links that climb above the root. A link
 * whose percent escapes are not UTF-8 (`%E0%A4%A.md`) is kept as written: it
 * names no file, and `decodeURI` would throw on it.
 */
export function resolveLink(fromPath: string, href: string): string | undefined {
  const target = decoded(href.split(/[?#]/)[0] ?? '')
  if (target === '' || /^[a-z][a-z0-9+.-]*:/i.test(target) || target.startsWith('//'))
    return undefined
  const parts = target.startsWith('/') ? [] : fromPath.split('/').slice(0, -1)
  for (const part of target.split('/')) {
    if (part === '..') {
      if (parts.length === 0) return undefined
      parts.pop()
    } else if (part !== '.' && part !== '') parts.push(part)
  }
  return parts.join('/')
}

function decoded(path: string): string {
  try {
    return decodeURI(path)
  } catch {
    return path
  }
}
