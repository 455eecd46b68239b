import { resolve } from 'node:path'
import type { CliIo } from './io.js'

/** The folder a command runs in: `--cwd` resolved against the process's folder. */
export function workingDirectory(io: CliIo, cwdFlag: string | undefined): string {
  return cwdFlag ? resolve(io.cwd, cwdFlag) : io.cwd
}
