import { isAbsolute, relative, sep } from 'node:path'

/** Whether absolute `path` is `folder` or below it, by their spelling (resolve links first when they matter). */
export function isInsideFolder(folder: string, path: string): boolean {
  const inside = relative(folder, path)
  return inside === '' || !(inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside))
}
