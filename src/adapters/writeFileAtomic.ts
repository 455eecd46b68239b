import { randomBytes } from 'node:crypto'
import { createWriteStream } from 'node:fs'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'

/**
 * Writes `content` to `path` atomically: a temporary file in the same folder,
 * then a rename, so a crash leaves the old file or the new one, never half of
 * one. Unchanged content is not rewritten. Resolves whether the file changed.
 */
export async function writeFileAtomic(path: string, content: string): Promise<boolean> {
  const current = await readFile(path, 'utf8').catch(() => undefined)
  if (current === content) return false
  await mkdir(dirname(path), { recursive: true })
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    await writeFile(temporary, content)
    await rename(temporary, path)
  } catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  return true
}

/** About a megabyte of lines at a time (`writeLinesAtomic`). */
const batchLength = 1 << 20

/**
 * Writes `lines` (each followed by a newline) atomically, about a megabyte
 * at a time, so a large file never has to be one string in memory.
 */
export function writeLinesAtomic(path: string, lines: Iterable<string>): Promise<void> {
  return mkdir(dirname(path), { recursive: true }).then(
    () =>
      new Promise<void>((resolve, reject) => {
        const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
        const stream = createWriteStream(temporary)
        const fail = (error: Error) =>
          rm(temporary, { force: true }).then(() => reject(error), reject)
        stream.on('error', fail)
        const iterator = lines[Symbol.iterator]()
        const pump = () => {
          // Lines go out in batches of about a megabyte: a write per line made the stream's own
          // bookkeeping cost more than the bytes (0.2 s for a 58 MB cache).
          let batch = ''
          for (let next = iterator.next(); !next.done; next = iterator.next()) {
            batch += `${next.value}\n`
            if (batch.length < batchLength) continue
            const more = stream.write(batch)
            batch = ''
            if (!more) return void stream.once('drain', pump)
          }
          stream.end(batch, () => rename(temporary, path).then(resolve, fail))
        }
        pump()
      })
  )
}
