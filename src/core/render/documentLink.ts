import { relativePath } from './relativePath.js'

/**
 * A Markdown link target from a file in `fromDir` to the document at `path`
 * (both from the repository root): percent-encoded, brackets, `#` and `?`
 * included, so a file name cannot end the link early or point elsewhere.
 */
export function documentLink(fromDir: string, path: string): string {
  // encodeURI keeps `#` and `?`, which would start a fragment or a query: `a#b?.md` is a name.
  return encodeURI(relativePath(fromDir, path)).replace(
    /[()#?]/g,
    (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`
  )
}
