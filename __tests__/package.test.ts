import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import * as source from '../src/index.js'

const root = new URL('..', import.meta.url).pathname
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

test('the built library exports what the source exports, with declarations', async () => {
  execFileSync(process.execPath, ['scripts/build-lib.js'], { cwd: root, stdio: 'pipe' })
  const entry = manifest.exports['.']
  expect(existsSync(join(root, entry.types))).toBe(true)
  const built = await import(join(root, entry.default))
  expect(Object.keys(built).sort()).toEqual(Object.keys(source).sort())
  const parsed = built.parseDocument('- [x] a\n- [ ] b\n', { path: 'todo.md' })
  expect(parsed.document.checkboxes).toMatchObject({ checked: 1, unchecked: 1 })
}, 60_000)

test('the package ships the library, the CLI, the schemas and the templates', () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    })
  )
  const files = pack.files.map((file: { path: string }) => file.path)
  expect(files).toEqual(
    expect.arrayContaining([
      'lib/index.js',
      'lib/types/src/index.d.ts',
      manifest.bin.planmark,
      'schemas/plan.schema.json',
      'schemas/config.schema.json'
    ])
  )
  expect(files.some((file: string) => file.startsWith('templates/'))).toBe(true)
  expect(
    files.some((file: string) => file.startsWith('__tests__/') || file.startsWith('src/'))
  ).toBe(false)
}, 60_000)
