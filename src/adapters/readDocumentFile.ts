import { closeSync, constants, fstatSync, openSync, readSync, realpathSync } from 'node:fs'
import { bytePath } from './bytePath.js'
import { isInsideFolder } from './isInsideFolder.js'

/** A file's text, or why it cannot be read as a document. */
export type FileRead =
  | { ok: true; source: string; bytes: Uint8Array }
  | { ok: false; empty: boolean; reason: string; expected: string; actual: string }

const decoder = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false })

/**
 * Reads a document file: refuses anything but a regular file (a FIFO is
 * never waited on), files over `maxBytes` before reading them, binary files
 * (a NUL byte) and text that is not UTF-8; strips a BOM. A name that is not
 * UTF-8 is opened by its bytes. With
 * `realRoot` (a folder's real path, resolved once by the caller), refuses a
 * path that resolves outside it (a symbolic link, `..`). The file system is
 * asked synchronously: a local file's open, stat, read and close take
 * microseconds each, and four trips through libuv's thread pool per file
 * made reading a repository's files 5 to 8 times slower.
 */
export async function readDocumentFile(
  path: string,
  maxBytes: number,
  realRoot?: string
): Promise<FileRead> {
  const target = await bytePath(path)
  if (realRoot !== undefined) {
    // Symbolic links and `..` are resolved first: a document must not pull in files from outside.
    const real = realpathSync.native(target)
    if (real === realRoot || !isInsideFolder(realRoot, real))
      return refuse(
        `Expected a file inside ${realRoot}, found one that resolves outside it (${real}); it was not read`,
        'a file inside the folder checked',
        'a path outside it'
      )
  }
  // Non-blocking: opening a FIFO for reading would otherwise wait for a writer, forever.
  const descriptor = openSync(target, constants.O_RDONLY | constants.O_NONBLOCK)
  try {
    const info = fstatSync(descriptor)
    if (!info.isFile())
      return refuse(
        `Expected a regular file, found ${info.isFIFO() ? 'a named pipe (FIFO)' : info.isSocket() ? 'a socket' : info.isDirectory() ? 'a folder' : 'a device'}; it was not read`,
        'a regular file',
        info.isFIFO() ? 'a named pipe' : 'not a regular file'
      )
    const { size } = info
    if (size > maxBytes) {
      return refuse(
        `Expected a file of at most ${maxBytes} bytes (maxFileBytes), found ${size} bytes; it was not read`,
        `at most ${maxBytes} bytes`,
        `${size} bytes`
      )
    }
    const bytes = new Uint8Array(size)
    const bytesRead = readSync(descriptor, bytes, 0, size, 0)
    const content = bytes.subarray(0, bytesRead)
    if (content.length === 0)
      return {
        ok: false,
        empty: true,
        reason: 'Expected Markdown, found an empty file',
        expected: 'Markdown',
        actual: 'an empty file'
      }
    if (content.includes(0))
      return refuse(
        'Expected a UTF-8 text file, found binary data (a NUL byte)',
        'UTF-8 text',
        'binary data'
      )
    try {
      return { ok: true, source: decoder.decode(content), bytes: content }
    } catch {
      return refuse(
        'Expected UTF-8 text, found bytes that are not valid UTF-8; re-save the file as UTF-8',
        'UTF-8 text',
        'invalid UTF-8'
      )
    }
  } finally {
    closeSync(descriptor)
  }
}

function refuse(reason: string, expected: string, actual: string): FileRead {
  return { ok: false, empty: false, reason, expected, actual }
}
