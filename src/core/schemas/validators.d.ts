/* Generated from schemas/ by scripts/generate-validators.js. Do not edit: run `npm run generate:types`. */
import type { ErrorObject } from 'ajv/dist/2020.js'

/** The name of a schema in `schemas/`, without `.schema.json`. */
export type SchemaName =
  | 'plan'
  | 'analysis'
  | 'review'
  | 'prompt'
  | 'checklist'
  | 'config'
  | 'plans'
  | 'agent-performance'
  | 'task-analytics'
  | 'prompt-effectiveness'
  | 'comment-artifact'
  | 'evidence-ledger'
  | 'rollup'

/** A compiled schema: whether `data` matches; when not, `errors` says where and why. */
export interface SchemaValidate {
  (data: unknown): boolean
  errors?: ErrorObject[] | null
}

/** Every schema's validator, by name. */
export declare const validators: Readonly<Record<SchemaName, SchemaValidate>>
