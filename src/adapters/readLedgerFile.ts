import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { checkOutputPath } from './checkOutputPath.js'

/** A ledger larger than this is not read: one line per plan and commit stays far below it. */
const maxLedgerBytes = 32 * 1024 * 1024

/**
 * The text of the evidence ledger at `path` (relative to `cwd`), or
 * undefined when there is none. It must stay inside the repository through
 * no symbolic link, like every output, and a file too large to be a ledger
 * is refused with an error rather than read.
 */
export async function readLedgerFile(cwd: string, path: string): Promise<string | undefined> {
  const full = resolve(cwd, path)
  const size = await stat(full).then(
    (info) => (info.isFile() ? info.size : undefined),
    () => undefined
  )
  if (size === undefined) return undefined
  if (size > maxLedgerBytes)
    throw new Error(
      `${path}: expected an evidence ledger of at most ${maxLedgerBytes} bytes, found ${size}; it was not read.`
    )
  await checkOutputPath(cwd, path, 'The evidence ledger')
  return readFile(full, 'utf8')
}
