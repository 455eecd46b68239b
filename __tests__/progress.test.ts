import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { afterAll, expect, test } from 'vitest'
import { libraryOptions } from '../scripts/buildOptions.js'

const root = new URL('..', import.meta.url).pathname
// Inside the repository, so the bundle's imports resolve from node_modules; beside its parse worker.
const out = join(root, 'node_modules/.cache/planmark-progress-test')
afterAll(() => rmSync(out, { recursive: true, force: true }))

test('progress counts files in worker mode, not batches of 16', async () => {
  // Worker threads need the built worker script: the sources parse in this thread.
  await build({ ...libraryOptions(root), outdir: out, logLevel: 'silent' })
  const { checkFiles } = await import(join(out, 'index.js'))
  const dir = mkdtempSync(join(tmpdir(), 'planmark-progress-'))
  mkdirSync(join(dir, 'plans'))
  for (let index = 0; index < 40; index++)
    writeFileSync(join(dir, 'plans', `p${index}.md`), `- [x] step ${index}\n`)
  const seen: Array<[number, number]> = []
  await checkFiles([], {
    cwd: dir,
    workers: 2,
    onProgress: (done: number, total: number) => seen.push([done, total])
  })
  expect(seen.at(-1)).toEqual([40, 40])
  expect(Math.max(...seen.map(([done]) => done))).toBe(40)
  for (let index = 1; index < seen.length; index++)
    expect(seen[index]?.[0]).toBeGreaterThanOrEqual(seen[index - 1]?.[0] ?? 0)
}, 60_000)
