import type { ErrorObject } from 'ajv/dist/2020.js'
import type { Extraction } from './Extraction.js'
import { schemaValidator } from './schemas/schemaValidator.js'
import type { ExtractedDocument } from './types/documents.js'

/**
 * Validates an extracted document against its JSON Schema and reports each
 * error at the Markdown position of the offending value (or of its nearest
 * recorded parent). Returns whether the document is valid.
 */
export function validateDocument(document: ExtractedDocument, extraction: Extraction): boolean {
  const validate = schemaValidator(document.kind)
  if (validate(document)) return true
  for (const error of validate.errors ?? []) {
    // `if` only says which branch failed; that branch's own errors say what is missing.
    if (error.keyword === 'if') continue
    const pointer =
      error.keyword === 'required'
        ? `${error.instancePath}/${String(error.params.missingProperty)}`
        : error.instancePath
    if (extraction.invalid.has(pointer)) continue
    const { expected, actual } = describeSchemaError(error, document)
    extraction.report(
      'schema-violation',
      extraction.placeOf(error.instancePath) ?? { line: 1, column: 1 },
      `Expected ${expected}, found ${actual}`,
      {
        expected,
        actual
      }
    )
  }
  return false
}

/** Words for one ajv error about `data`, in planmark's `expected …, found …` form. */
export function describeSchemaError(
  error: ErrorObject,
  data: unknown
): { expected: string; actual: string } {
  const value = valueAt(data, error.instancePath)
  const where = error.instancePath === '' ? '' : ` at \`${error.instancePath}\``
  const found = `\`${JSON.stringify(value) ?? 'nothing'}\``
  const params = error.params as Record<string, unknown>
  switch (error.keyword) {
    case 'required':
      return {
        expected: `a value for \`${String(params.missingProperty)}\`${where}`,
        actual: 'none'
      }
    case 'additionalProperties':
      return {
        expected: `only known fields${where}`,
        actual: `\`${String(params.additionalProperty)}\``
      }
    case 'enum':
      return {
        expected: `one of ${(params.allowedValues as unknown[]).map((allowed) => `\`${String(allowed)}\``).join(', ')}${where}`,
        actual: found
      }
    case 'type':
      return { expected: `a ${String(params.type)}${where}`, actual: found }
    case 'pattern':
      return { expected: `text matching \`${String(params.pattern)}\`${where}`, actual: found }
    default:
      return {
        expected: `a value that ${error.message ?? 'matches the schema'}${where}`,
        actual: found
      }
  }
}

/** The value a JSON Pointer designates in `data` (undefined when absent). */
function valueAt(data: unknown, pointer: string): unknown {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<unknown>(
      (value, key) =>
        value !== null && typeof value === 'object'
          ? (value as Record<string, unknown>)[key]
          : undefined,
      data
    )
}
