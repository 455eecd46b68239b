import { statSync } from 'node:fs'
import { resolve } from 'node:path'
import type { CliIo } from './io.js'
import { UsageError } from './usageError.js'

/**
 * The folder a command runs in: `--cwd` resolved against the process's folder.
 * A `--cwd` that is missing or not a folder is a usage error naming it (it
 * surfaced later as `.: no such file or folder`).
 */
export function workingDirectory(io: CliIo, cwdFlag: string | undefined): string {
  if (!cwdFlag) return io.cwd
  const folder = resolve(io.cwd, cwdFlag)
  const info = statSync(folder, { throwIfNoEntry: false })
  if (!info) throw new UsageError(`--cwd ${cwdFlag}: the folder ${folder} does not exist`)
  if (!info.isDirectory()) throw new UsageError(`--cwd ${cwdFlag}: ${folder} is not a folder`)
  return folder
}
