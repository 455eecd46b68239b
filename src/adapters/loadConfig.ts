import { readFile } from 'node:fs/promises'
import { basename, resolve } from 'node:path'
import { outputFolderProblem } from '../core/config/outputFolderProblem.js'
import { resolveConfig } from '../core/resolveConfig.js'
import type { PlanmarkConfig } from '../core/types/generated.js'
import { configFileName } from './findProjectConfig.js'
import { ConfigError } from './configError.js'

/**
 * Loads and validates the configuration: `path` when given (it must exist;
 * for a `package.json`, its `planmark` key), else `planmark.config.json` in
 * `cwd` when present, else the defaults. A BOM is allowed; output folders
 * where documents are read are refused. The CLI finds `path` with
 * `findProjectConfig`, in the folders above too.
 */
export async function loadConfig(
  cwd: string,
  path?: string
): Promise<{ config: PlanmarkConfig; path?: string }> {
  const file = path ? resolve(cwd, path) : resolve(cwd, configFileName)
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if (!path && (error as NodeJS.ErrnoException).code === 'ENOENT') return { config: {} }
    throw new ConfigError(
      `${file}: cannot read the configuration (${(error as Error).message}); check the --config path.`
    )
  }
  let data: unknown
  try {
    // Editors on Windows save a BOM; JSON.parse refuses it, and documents with one are accepted.
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch (error) {
    throw new ConfigError(
      `${file}: not valid JSON (${(error as Error).message}); fix the syntax or delete the file to use the defaults.`
    )
  }
  if (basename(file) === 'package.json') {
    const key = (data as { planmark?: unknown } | null)?.planmark
    if (key === undefined)
      throw new ConfigError(
        `${file}: no \`planmark\` key; add one with the configuration, or use planmark.config.json.`
      )
    data = key
  }
  // The validators (every schema's, compiled) are loaded only when there is a file to check.
  const [{ schemaValidator }, { describeSchemaError }] = await Promise.all([
    import('../core/schemas/schemaValidator.js'),
    import('../core/validateDocument.js')
  ])
  const validate = schemaValidator('config')
  if (!validate(data)) {
    const problems = (validate.errors ?? []).map((error) => {
      const { expected, actual } = describeSchemaError(error, data)
      return `  expected ${expected}, found ${actual}`
    })
    throw new ConfigError(
      `${file}: invalid configuration (schema: schemas/config.schema.json):\n${problems.join('\n')}`
    )
  }
  const problem = outputFolderProblem(resolveConfig(data as PlanmarkConfig))
  if (problem) throw new ConfigError(`${file}: ${problem}`)
  return { config: data as PlanmarkConfig, path: file }
}
