import { relativePath } from './relativePath.js'

/**
 * A Markdown link target from a file in `fromDir` to the document at `path`
 * (both from the repository root): percent-encoded, brackets included, so a
 * file name cannot end the link early.
 */
export function documentLink(fromDir: string, path: string): string {
  return encodeURI(relativePath(fromDir, path)).replace(/[()]/g, (bracket) =>
    bracket === '(' ? '%28' : '%29'
  )
}
