import { validators, type SchemaName, type SchemaValidate } from './validators.js'

export type { SchemaName, SchemaValidate }

/**
 * The validator of a schema in `schemas/`, compiled when the schemas change
 * (scripts/generate-validators.js), not when planmark runs.
 */
export function schemaValidator(name: SchemaName): SchemaValidate {
  return validators[name]
}
