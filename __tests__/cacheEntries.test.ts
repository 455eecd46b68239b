import {
  existsSync,
  mkdirSync,
  readFileSync,
  utimesSync,
  appendFileSync,
  writeFileSync
} from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { checkFiles, type CheckResult } from '../src/pipeline/checkFiles.js'
import { serializeChecked } from '../src/core/document/serializeChecked.js'
import { commitAll, git } from './helpers/git.js'
import { runCli } from './helpers/runCli.js'
import { copyOfExamples } from './helpers/copyOfExamples.js'

// Copies of the examples and whole runs: allow for a slow machine.
vi.setConfig({ testTimeout: 60_000 })

const target = 'agents/performance/execution_plans/2025-02-12_cursor-agent_image-cache-leak.md'

/** The examples, committed: inside a git work tree whatever the temporary folder's parents are. */
function committedExamples(): string {
  const dir = copyOfExamples('planmark-cache-')
  commitAll(dir, 'plans')
  return dir
}

/** What a check found, as JSON: equal for equal results. */
function resultOf(check: CheckResult): string {
  return JSON.stringify(check.files.map(({ file, parsed }) => serializeChecked(file, parsed)))
}

async function checkWithCache(dir: string, cacheDir: string) {
  const notices: string[] = []
  const check = await checkFiles([], {
    cwd: dir,
    cacheDir,
    workers: 0,
    onNotice: (message) => notices.push(message)
  })
  return { result: resultOf(check), notices }
}

/** Rewrites the cache entry of `target` with `edit`, keeping the stamp and the count valid. */
function corruptEntry(cacheFile: string, edit: (entry: Record<string, unknown>) => unknown) {
  const lines = readFileSync(cacheFile, 'utf8').split('\n')
  const index = lines.findIndex((line) =>
    line.startsWith(`[${JSON.stringify(`${target}\u0000`).slice(0, -1)}`)
  )
  expect(index).toBeGreaterThan(0)
  const [key, entry] = JSON.parse(lines[index] as string) as [string, Record<string, unknown>]
  lines[index] = JSON.stringify([key, edit(entry)])
  writeFileSync(cacheFile, lines.join('\n'))
}

type Entry = Record<string, unknown> & {
  messages: Array<Record<string, unknown>>
  parsed: { document: Record<string, unknown> }
}

describe('cache entries are untrusted input', () => {
  test.each<[string, (entry: Entry) => unknown]>([
    [
      'parsed.document null',
      (entry) => ({ ...entry, parsed: { ...entry.parsed, document: null } })
    ],
    ['parsed a string', (entry) => ({ ...entry, parsed: 'evil' })],
    [
      'a message place a string',
      (entry) => ({
        ...entry,
        messages: [{ reason: 'x', ruleId: 'invalid-value', place: '1:1' }, ...entry.messages]
      })
    ],
    [
      'checkboxes missing',
      (entry) => {
        const document = { ...entry.parsed.document }
        delete document.checkboxes
        return { ...entry, parsed: { ...entry.parsed, document } }
      }
    ],
    [
      'kind "evil"',
      (entry) => ({
        ...entry,
        parsed: { ...entry.parsed, document: { ...entry.parsed.document, kind: 'evil' } }
      })
    ],
    [
      'another path',
      (entry) => ({
        ...entry,
        path: 'elsewhere.md',
        parsed: {
          ...entry.parsed,
          document: {
            ...entry.parsed.document,
            identity: { path: 'elsewhere.md' }
          }
        }
      })
    ],
    [
      'a number where a list belongs',
      (entry) => ({
        ...entry,
        parsed: { ...entry.parsed, document: { ...entry.parsed.document, phases: 7 } }
      })
    ]
  ])('an entry with %s is dropped with a notice and its file parsed again', async (_, edit) => {
    const dir = committedExamples()
    const cacheDir = join(dir, '.planmark-cache')
    const fresh = await checkWithCache(dir, cacheDir)
    expect(fresh.notices).toEqual([])
    corruptEntry(join(cacheDir, 'documents.json'), (entry) => edit(entry as Entry))
    const again = await checkWithCache(dir, cacheDir)
    expect(again.notices).toHaveLength(1)
    expect(again.notices[0]).toContain('dropped 1 malformed entry')
    expect(again.notices[0]).toContain('its file is parsed again')
    expect(again.result).toBe(fresh.result)
    // The bad entry was replaced: the next run trusts the cache again.
    expect((await checkWithCache(dir, cacheDir)).notices).toEqual([])
  })
})

describe('an unwritable cache never stops a run', () => {
  test.each([
    ['a regular file in place of the cache folder', (dir: string) => writeFileSync(dir, 'x')],
    [
      'a folder in place of the cache file (the rename fails)',
      (dir: string) => mkdirSync(join(dir, 'documents.json', 'occupied'), { recursive: true })
    ]
  ])('%s: a notice, the same results and exit code', async (_, spoil) => {
    const dir = committedExamples()
    const cacheDir = join(dir, 'spoilt-cache')
    spoil(cacheDir)
    const reference = await runCli(['check', '--cwd', dir, '--no-cache', '--format', 'json'])
    const run = await runCli(['check', '--cwd', dir, '--cache', cacheDir, '--format', 'json'])
    expect(run.stderr).toContain('the run goes on without it')
    expect(run.stderr).not.toMatch(/\n\s+at /)
    expect(run.code).toBe(reference.code)
    expect(run.stdout).toBe(reference.stdout)
  })

  test('temporary files that killed runs left are removed; a fresh one is left to its writer', async () => {
    const dir = committedExamples()
    const cacheDir = join(dir, '.planmark-cache')
    await checkWithCache(dir, cacheDir)
    const orphan = join(cacheDir, 'documents.json.0123456789ab.tmp')
    const live = join(cacheDir, 'documents.json.ba9876543210.tmp')
    writeFileSync(orphan, '{"stamp"')
    writeFileSync(live, '{"stamp"')
    const twoMinutesAgo = new Date(Date.now() - 120_000)
    utimesSync(orphan, twoMinutesAgo, twoMinutesAgo)
    await checkWithCache(dir, cacheDir)
    expect(existsSync(orphan)).toBe(false)
    expect(existsSync(live)).toBe(true)
  })
})

describe('the cache key is the bytes, not git’s index', () => {
  test('a plan under --assume-unchanged, then edited, is parsed again', async () => {
    const dir = committedExamples()
    const cacheDir = join(dir, '.planmark-cache')
    const before = await checkWithCache(dir, cacheDir)
    git(dir, ['update-index', '--assume-unchanged', target])
    appendFileSync(join(dir, target), '\n- [ ] one more unchecked step\n')
    const warm = await checkWithCache(dir, cacheDir)
    const fresh = resultOf(await checkFiles([], { cwd: dir, workers: 0 }))
    expect(warm.result).toBe(fresh)
    expect(warm.result).not.toBe(before.result)
  })
})
