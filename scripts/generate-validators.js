// Generates src/core/schemas/validators.js (and its declarations) from
// schemas/, the single source of truth: every schema compiled ahead of time by
// Ajv's standalone code, so no run sets up Ajv or compiles a schema.
// `node scripts/generate-validators.js --check` exits 1 when the committed files are stale.
import { readFile, writeFile } from 'node:fs/promises'
import { Ajv2020 } from 'ajv/dist/2020.js'
import standaloneCode from 'ajv/dist/standalone/index.js'
import { build } from 'esbuild'
import { documentSchemas } from './generate-types.js'

const schemasDir = new URL('../schemas/', import.meta.url)
const targets = {
  code: new URL('../src/core/schemas/validators.js', import.meta.url),
  declarations: new URL('../src/core/schemas/validators.d.ts', import.meta.url)
}
const banner =
  '/* Generated from schemas/ by scripts/generate-validators.js. Do not edit: run `npm run generate:types`. */'

/** An export name for a schema name: `agent-performance` → `agentPerformance`. */
const identifier = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase())

/**
 * The validators module and its declarations. Ajv's options are the ones the
 * messages planmark prints were written for (every error, strict schemas); no
 * format is registered, so strict mode refuses a schema that uses `format`
 * here, at generation, rather than ignoring it.
 */
export async function generateValidators() {
  const read = async (name) =>
    JSON.parse(await readFile(new URL(`${name}.schema.json`, schemasDir), 'utf8'))
  const schemas = await Promise.all(['common', ...documentSchemas].map(read))
  const ajv = new Ajv2020({
    allErrors: true,
    strict: true,
    // Shared definitions become calls rather than copies: a smaller module.
    inlineRefs: false,
    code: { source: true, esm: true }
  }).addSchema(schemas)
  const validators = standaloneCode(
    ajv,
    Object.fromEntries(
      documentSchemas.map((name, index) => [identifier(name), schemas[index + 1].$id])
    )
  )
  const byName = documentSchemas.map((name) => `  '${name}': ${identifier(name)}`).join(',\n')
  // The runtime helpers the code requires (Ajv's ucs2length) are inlined, so
  // neither the bundles nor the library need Ajv at run time.
  const bundled = await build({
    stdin: {
      contents: `${validators}\nexport const validators = {\n${byName}\n}\n`,
      resolveDir: new URL('..', import.meta.url).pathname,
      sourcefile: 'validators.js'
    },
    bundle: true,
    format: 'esm',
    platform: 'neutral',
    minify: true,
    legalComments: 'none',
    write: false,
    logLevel: 'silent'
  })
  const code = `${banner}\n${bundled.outputFiles[0].text}`
  const declarations = `${banner}
import type { ErrorObject } from 'ajv/dist/2020.js'

/** The name of a schema in \`schemas/\`, without \`.schema.json\`. */
export type SchemaName =
${documentSchemas.map((name) => `  | '${name}'`).join('\n')}

/** A compiled schema: whether \`data\` matches; when not, \`errors\` says where and why. */
export interface SchemaValidate {
  (data: unknown): boolean
  errors?: ErrorObject[] | null
}

/** Every schema's validator, by name. */
export declare const validators: Readonly<Record<SchemaName, SchemaValidate>>
`
  return { code, declarations }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const fresh = await generateValidators()
  if (process.argv.includes('--check')) {
    for (const [part, target] of Object.entries(targets)) {
      const current = await readFile(target, 'utf8').catch(() => '')
      if (current !== fresh[part]) {
        console.error(`${target.pathname} is stale: run \`npm run generate:types\`.`)
        process.exit(1)
      }
    }
  } else {
    for (const [part, target] of Object.entries(targets)) await writeFile(target, fresh[part])
  }
}
