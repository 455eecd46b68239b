import { open } from 'node:fs/promises'
import { resolve } from 'node:path'
import { loadConfig } from '../adapters/loadConfig.js'
import { renderRollup } from '../core/rollup/renderRollup.js'
import { rollup, type RepositoryPlans } from '../core/rollup/rollup.js'
import { resolveConfig } from '../core/resolveConfig.js'
import { schemaValidator } from '../core/schemas/schemaValidator.js'
import { stableJson } from '../core/stableJson.js'
import type { PlansIndex } from '../core/types/generated.js'
import type { OutputFile } from './analyze.js'
import { RollupInputError } from './rollupInputError.js'

/** The largest plans.json rollup reads: far above any repository's, far below a memory problem. */
export const maxPlansBytes = 64 * 1024 * 1024

/** Options of `rollupPlans`. */
export interface RollupOptions {
  cwd?: string
  configPath?: string
  /** The folder for rollup.json and rollup.md (default: reportsDir/rollup). */
  outDir?: string
  /** The folder the plans.json paths are relative to (default: cwd). */
  inputDir?: string
}

/**
 * Reads several repositories' plans.json files as untrusted input (size
 * capped, parsed, validated against plans.schema.json, each naming its
 * repository once), merges them and returns rollup.json, validated against
 * rollup.schema.json, and rollup.md. Writes nothing. The same files in any
 * order give the same bytes.
 */
export async function rollupPlans(
  paths: readonly string[],
  options: RollupOptions = {}
): Promise<OutputFile[]> {
  const cwd = options.cwd ?? process.cwd()
  const config = resolveConfig((await loadConfig(cwd, options.configPath)).config)
  const inputs: RepositoryPlans[] = []
  const seen = new Map<string, string>()
  for (const path of paths) {
    const index = await readPlansIndex(resolve(options.inputDir ?? cwd, path), path)
    const { repository } = index
    if (!repository)
      throw new RollupInputError(
        `${path}: plans.json names no repository (set \`repository\` in planmark.config.json, or give the repository an origin remote, and run planmark analyze again)`
      )
    const earlier = seen.get(repository)
    if (earlier !== undefined)
      throw new RollupInputError(`${path}: repository ${repository} is already given by ${earlier}`)
    seen.set(repository, path)
    inputs.push({ repository, index })
  }
  const result = rollup(inputs, config)
  const validate = schemaValidator('rollup')
  // Output that breaks its own schema is a planmark bug, never the user's.
  if (!validate(result.rollup))
    throw new Error(
      `planmark produced an invalid rollup: ${JSON.stringify(validate.errors?.slice(0, 3))}`
    )
  const outDir = options.outDir ?? `${config.reportsDir}/rollup`
  return [
    { path: `${outDir}/rollup.json`, content: stableJson(result.rollup) },
    { path: `${outDir}/rollup.md`, content: renderRollup(result.rollup, result.analytics, outDir) }
  ]
}

async function readPlansIndex(absolute: string, path: string): Promise<PlansIndex> {
  let text: string
  try {
    // Opened once and read only up to the cap: a huge or endless file is refused, not slurped.
    const handle = await open(absolute, 'r')
    try {
      const { size } = await handle.stat()
      if (size > maxPlansBytes)
        throw new RollupInputError(
          `${path}: ${size} bytes, more than the ${maxPlansBytes} a plans.json may have`
        )
      const buffer = Buffer.alloc(Math.min(size, maxPlansBytes) + 1)
      const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0)
      if (bytesRead > maxPlansBytes)
        throw new RollupInputError(
          `${path}: more than the ${maxPlansBytes} bytes a plans.json may have`
        )
      text = new TextDecoder('utf-8', { fatal: true }).decode(buffer.subarray(0, bytesRead))
    } finally {
      await handle.close()
    }
  } catch (error) {
    if (error instanceof RollupInputError) throw error
    throw new RollupInputError(
      `${path}: cannot read it as UTF-8 (${error instanceof Error ? error.message : String(error)})`
    )
  }
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new RollupInputError(
      `${path}: not JSON (${error instanceof Error ? error.message : String(error)})`
    )
  }
  const validate = schemaValidator('plans')
  if (!validate(data)) {
    const first = validate.errors?.[0]
    throw new RollupInputError(
      `${path}: not a planmark plans.json: ${first?.instancePath || '/'} ${first?.message ?? 'does not match plans.schema.json'}`
    )
  }
  return data as PlansIndex
}
