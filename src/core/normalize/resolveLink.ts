/**
 * Resolves a relative Markdown link against the file that holds it, POSIX
 * style (`reviews/a.md` + `../plans/b.md#x` → `plans/b.md`). Returns undefined
 * for absolute URLs, anchors and links that climb above the root.
 */
export function resolveLink(fromPath: string, href: string): string | undefined {
  const target = decodeURI(href.split(/[?#]/)[0] ?? '')
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
