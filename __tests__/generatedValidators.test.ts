import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { generateValidators } from '../scripts/generate-validators.js'
import { schemaValidator } from '../src/core/schemas/schemaValidator.js'

test('src/core/schemas/validators.js matches schemas/ (run `npm run generate:types` when this fails)', async () => {
  const committed = (name: string) =>
    readFileSync(new URL(`../src/core/schemas/${name}`, import.meta.url), 'utf8')
  const fresh = await generateValidators()
  // Compared as booleans: the generated code is one long line no diff helps with.
  expect(fresh.code === committed('validators.js'), 'validators.js is stale').toBe(true)
  expect(fresh.declarations === committed('validators.d.ts'), 'validators.d.ts is stale').toBe(true)
})

test('a generated validator rejects a bad object with every error, positioned and worded', () => {
  const validate = schemaValidator('config')
  expect(
    validate({ outputDir: 'metrics', repository: 'not a repository', evidence: { revertDays: 0 } })
  ).toBe(false)
  expect(validate.errors).toEqual(
    expect.arrayContaining([
      expect.objectContaining({
        keyword: 'additionalProperties',
        instancePath: '',
        params: { additionalProperty: 'outputDir' },
        message: 'must NOT have additional properties'
      }),
      expect.objectContaining({ keyword: 'pattern', instancePath: '/repository' }),
      expect.objectContaining({
        keyword: 'minimum',
        instancePath: '/evidence/revertDays',
        message: 'must be >= 1'
      })
    ])
  )
  expect(validate({})).toBe(true)
  expect(validate.errors).toBeNull()
})
