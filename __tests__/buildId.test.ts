import { cpSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { buildId } from '../scripts/buildId.js'

const root = new URL('..', import.meta.url).pathname

test('the build id that stamps caches changes with any source, and only then', () => {
  const copy = mkdtempSync(join(tmpdir(), 'planmark-build-id-'))
  for (const path of ['src', 'schemas', 'package.json', 'package-lock.json'])
    cpSync(join(root, path), join(copy, path), { recursive: true })
  const before = buildId(copy)
  expect(buildId(copy)).toBe(before)
  expect(before).toBe(buildId(root))
  writeFileSync(join(copy, 'src/core/tree/walk.ts'), '// changed\n', { flag: 'a' })
  expect(buildId(copy)).not.toBe(before)
})
