import type { ErrorObject } from 'ajv/dist/2020.js'
import { schemaValidator } from '../schemas/schemaValidator.js'
import type { SerializedDocument } from './serializeChecked.js'
import type { DocumentKind } from '../types/documents.js'

const kinds: ReadonlySet<unknown> = new Set<DocumentKind>([
  'plan',
  'analysis',
  'review',
  'prompt',
  'checklist'
])

/** What extraction itself leaves out or gets wrong when a field cannot be read: a missing top-level field, or a word outside its list. */
const extractionErrors: ReadonlySet<string> = new Set([
  'required',
  'enum',
  'minLength',
  'minimum',
  'maximum',
  'pattern',
  'format'
])

/** Fields every extracted document has, whatever the text said. */
const alwaysPresent: ReadonlySet<unknown> = new Set([
  'kind',
  'identity',
  'checkboxes',
  'schemaVersion'
])

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

const isPoint = (value: unknown) =>
  isObject(value) && Number.isSafeInteger(value.line) && Number.isSafeInteger(value.column)

const isPosition = (value: unknown) => isObject(value) && isPoint(value.start) && isPoint(value.end)

const optional = (value: unknown, check: (value: unknown) => boolean) =>
  value === undefined || check(value)

const isString = (value: unknown) => typeof value === 'string'

function messageProblem(message: unknown, index: number): string | undefined {
  const where = `/messages/${index}`
  if (!isObject(message) || typeof message.reason !== 'string')
    return `${where} is not a message with a reason`
  if (!optional(message.ruleId, isString) || !optional(message.source, isString))
    return `${where} has a rule id or source that is not text`
  if (!optional(message.fatal, (fatal) => fatal === null || typeof fatal === 'boolean'))
    return `${where}/fatal is not true, false or null`
  if (!optional(message.place, (place) => isPoint(place) || isPosition(place)))
    return `${where}/place is not a position`
  if (
    !optional(message.expected, (expected) => Array.isArray(expected) && expected.every(isString))
  )
    return `${where}/expected is not a list of text`
  if (!optional(message.actual, isString)) return `${where}/actual is not text`
  return undefined
}

function documentProblem(document: Record<string, unknown>, valid: boolean): string | undefined {
  if (!kinds.has(document.kind)) return `/parsed/document/kind is not a kind planmark reads`
  const validate = schemaValidator(document.kind as DocumentKind)
  const passes = validate(document)
  if (passes !== valid) return `/parsed/valid does not match the document`
  const unexpected = (validate.errors ?? []).find(
    (error: ErrorObject) =>
      !extractionErrors.has(error.keyword) ||
      (error.keyword === 'required' &&
        (error.instancePath !== '' || alwaysPresent.has(error.params.missingProperty)))
  )
  return unexpected
    ? `/parsed/document${unexpected.instancePath} ${unexpected.message ?? 'is malformed'}`
    : undefined
}

/**
 * Why a checked file read back from a cache or a shard (untrusted JSON) is
 * not one planmark could have written, or undefined when it could be: its
 * path, the shape of each message and position, and a document of a known
 * kind, for the same path, that fails its schema only as extraction can
 * (missing top-level fields, values outside their lists or ranges), with a
 * `valid` flag that matches. Anything else could make a later step throw, or
 * silently change the outputs.
 */
export function checkedFileProblem(entry: unknown, path?: string): string | undefined {
  if (!isObject(entry) || typeof entry.path !== 'string') return 'it is not a checked file'
  if (path !== undefined && entry.path !== path) return `it is for ${entry.path}, not ${path}`
  if (!Array.isArray(entry.messages)) return '/messages is not a list'
  for (const [index, message] of entry.messages.entries()) {
    const problem = messageProblem(message, index)
    if (problem) return problem
  }
  if (entry.parsed === undefined) return undefined
  const parsed = entry.parsed
  if (!isObject(parsed) || !isObject(parsed.document) || typeof parsed.valid !== 'boolean')
    return '/parsed is not a document with its validity'
  if (!isObject(parsed.positions) || !Object.values(parsed.positions).every(isPosition))
    return '/parsed/positions is not a map of positions'
  const identity = parsed.document.identity
  if (!isObject(identity) || identity.path !== entry.path)
    return `/parsed/document/identity/path is not ${entry.path}`
  return documentProblem(parsed.document, parsed.valid)
}

/** Whether `entry` passed `checkedFileProblem`. */
export function isCheckedFile(entry: unknown, path?: string): entry is SerializedDocument {
  return checkedFileProblem(entry, path) === undefined
}
