import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { fixtureCases, fixturesRoot, runFixture } from './helpers/fixtures.js'

// `UPDATE_FIXTURES=1 npm test` rewrites expected.json from the current output;
// review the diff before committing it.
const update = process.env.UPDATE_FIXTURES === '1'

describe('fixtures', () => {
  for (const name of fixtureCases()) {
    test(name, async () => {
      const dir = join(fixturesRoot, name)
      const expectedPath = join(dir, 'expected.json')
      const actual = await runFixture(dir)
      const text = `${JSON.stringify(actual, null, 2)}\n`
      if (update) writeFileSync(expectedPath, text)
      expect(
        existsSync(expectedPath),
        `${expectedPath} is missing: run UPDATE_FIXTURES=1 npm test`
      ).toBe(true)
      expect(JSON.parse(text)).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')))
    })
  }
})
