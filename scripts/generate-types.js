// Generates src/core/types/generated.ts from schemas/, the single source of truth.
// `node scripts/generate-types.js --check` exits 1 when the committed file is stale.
import { readFile, writeFile } from 'node:fs/promises'
import { compile } from 'json-schema-to-typescript'

const schemasDir = new URL('../schemas/', import.meta.url)
const target = new URL('../src/core/types/generated.ts', import.meta.url)
/** The schemas that describe a whole file (common.schema.json only holds shared definitions). */
export const documentSchemas = [
  'plan',
  'analysis',
  'review',
  'prompt',
  'checklist',
  'config',
  'plans',
  'agent-performance',
  'task-analytics',
  'prompt-effectiveness',
  'comment-artifact',
  'evidence-ledger',
  'rollup'
]

/** Compiles every schema through one root so shared definitions are declared once. */
export async function generateTypes() {
  const root = {
    title: 'PlanmarkSchemas',
    type: 'object',
    additionalProperties: false,
    properties: Object.fromEntries(
      documentSchemas.map((name) => [name, { $ref: `${name}.schema.json` }])
    )
  }
  const source = await compile(root, 'PlanmarkSchemas', {
    cwd: schemasDir.pathname,
    bannerComment:
      '/* Generated from schemas/ by scripts/generate-types.js. Do not edit: run `npm run generate:types`. */',
    additionalProperties: false,
    unreachableDefinitions: false,
    style: { singleQuote: true, semi: false, trailingComma: 'none', printWidth: 100 }
  })
  return source
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fresh = await generateTypes()
  if (process.argv.includes('--check')) {
    const current = await readFile(target, 'utf8').catch(() => '')
    if (current !== fresh) {
      console.error('src/core/types/generated.ts is stale: run `npm run generate:types`.')
      process.exit(1)
    }
  } else {
    await writeFile(target, fresh)
  }
}
