import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { generateTypes } from '../scripts/generate-types.js'

test('src/core/types/generated.ts matches schemas/ (run `npm run generate:types` when this fails)', async () => {
  const committed = readFileSync(new URL('../src/core/types/generated.ts', import.meta.url), 'utf8')
  expect(await generateTypes()).toBe(committed)
})
