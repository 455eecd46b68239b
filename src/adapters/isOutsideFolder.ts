import { isAbsolute } from 'node:path'

/**
 * Whether a document path (relative to the folder planmark runs in) lies
 * outside it: a file named as `../plan.md` or `/srv/plan.md`. git refuses
 * such a path as a pathspec, and it has no history in this repository.
 */
export function isOutsideFolder(path: string): boolean {
  return path === '..' || path.startsWith('../') || isAbsolute(path)
}
