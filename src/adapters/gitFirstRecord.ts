import { spawn } from 'node:child_process'
import { StringDecoder } from 'node:string_decoder'
import { gitEnvironment } from './gitEnvironment.js'

/** Separates the records of a `git log` whose format starts with `%x1e`. */
const recordSeparator = '\u001e'

/**
 * Streams the output of a git command whose records start with U+001E
 * (`git log --format=%x1e…`) and resolves the first record `matches`
 * accepts, stopping git there: a walk through a long history ends where the
 * answer is, in one process. Resolves undefined when no record matches, or
 * when git fails or cannot start (as `runGit` does).
 */
export function gitFirstRecord(
  cwd: string,
  args: readonly string[],
  matches: (record: string) => boolean
): Promise<string | undefined> {
  return new Promise((resolve) => {
    const git = spawn('git', args, {
      cwd,
      env: gitEnvironment(),
      stdio: ['ignore', 'pipe', 'ignore']
    })
    const decoder = new StringDecoder('utf8')
    let pending = ''
    let found: string | undefined
    const take = (records: string[]) => {
      for (const record of records)
        if (record && matches(record)) {
          found = record
          git.kill()
          return
        }
    }
    git.stdout.on('data', (chunk: Buffer) => {
      if (found !== undefined) return
      const records = (pending + decoder.write(chunk)).split(recordSeparator)
      // The last piece may be a record still arriving.
      pending = records.pop() ?? ''
      take(records)
    })
    git.on('error', () => resolve(undefined))
    git.on('close', (code) => {
      if (found === undefined && code === 0) take([pending + decoder.end()])
      resolve(found)
    })
  })
}
