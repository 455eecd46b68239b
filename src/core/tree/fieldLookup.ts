import { fieldList } from './fieldList.js'
import type { Field } from './readFields.js'

/** Lookups over a document's fields: the first field with one of some keys, and its value as a list. */
export function fieldLookup(fields: readonly Field[]) {
  const field = (...keys: string[]): Field | undefined =>
    fields.find((candidate) => keys.includes(candidate.key))
  const listOf = (...keys: string[]): string[] | undefined => {
    const found = field(...keys)
    return found ? fieldList(found) : undefined
  }
  return { field, listOf }
}
