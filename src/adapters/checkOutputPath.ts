import { lstat, realpath } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { isInsideFolder } from './isInsideFolder.js'
import { repositoryRoot } from './repositoryRoot.js'
import { OutputPathError } from './outputPathError.js'

/**
 * Resolves where `path` (relative to `cwd`, or absolute) is written (the
 * absolute path, from `cwd`'s real path), and
 * refuses it unless it stays inside the repository that holds `cwd` (`cwd`
 * itself outside git) and no folder on the way, nor the file, is a symbolic
 * link or a file: a committed link (or `"metricsDir": "../x"`) must not make
 * planmark write outside the repository. Each existing component is checked
 * with `lstat`, so call it just before writing. `what` names the setting in
 * the message (`The reportsDir file`, `The cache folder`).
 */
export async function checkOutputPath(cwd: string, path: string, what: string): Promise<string> {
  const root = await repositoryRoot(cwd)
  // From the real working folder: a link above the repository (a symlinked /tmp) is not the repository's doing.
  const target = resolve(await realpath(cwd), path)
  const onPurpose = 'a folder named on the command line (--out, --cache) may be anywhere'
  if (!isInsideFolder(root, target))
    throw new OutputPathError(
      `${what} ${path} is outside the repository (${root}): planmark writes only inside it, and ${onPurpose}.`
    )
  let current = root
  for (const part of relative(root, target).split(sep).filter(Boolean)) {
    current = join(current, part)
    const info = await lstat(current).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return undefined
      throw error
    })
    if (!info) break
    const shown = relative(root, current)
    if (info.isSymbolicLink())
      throw new OutputPathError(
        `${what} ${path} passes through the symbolic link ${shown}: planmark does not write through links, which could point outside the repository. Replace the link with a folder; ${onPurpose}.`
      )
    if (current !== target && !info.isDirectory())
      throw new OutputPathError(
        `${what} ${path} passes through ${shown}, which is not a folder: move that file or choose another folder.`
      )
  }
  return target
}
