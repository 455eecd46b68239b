import type { Extraction } from '../Extraction.js'
import { normalizeAgent } from '../normalize/normalizeAgent.js'
import { normalizeCategory } from '../normalize/normalizeCategory.js'
import type { Field } from '../tree/readFields.js'

/** Reads the agent, mapped through the configured aliases; reports an agent the map does not know. */
export function readAgent(
  field: Field | undefined,
  extraction: Extraction,
  pointer = '/agent'
): string | undefined {
  if (!field?.text) return undefined
  const aliases = extraction.config.agents
  const agent = normalizeAgent(field.text, aliases)
  extraction.at(pointer, field.place)
  // Own keys only: `constructor` is not a configured agent because every object has one.
  if (Object.keys(aliases).length > 0 && !Object.hasOwn(aliases, agent)) {
    extraction.report(
      'unknown-agent',
      field.place,
      `Expected a configured agent, found \`${field.text}\``,
      {
        expected: Object.keys(aliases).sort().join(', '),
        actual: field.text
      }
    )
  }
  return agent
}

/** Reads a task category in snake_case; reports (and keeps) a category the configuration does not know. */
export function readCategory(
  field: Field | undefined,
  extraction: Extraction,
  pointer = '/taskCategory'
): string | undefined {
  if (!field?.text) return undefined
  const category = normalizeCategory(field.text)
  if (category === '') return undefined
  extraction.at(pointer, field.place)
  const known = extraction.config.categories
  if (!Object.hasOwn(known, category)) {
    extraction.report(
      'unknown-category',
      field.place,
      `Expected a known task category, found \`${field.text}\``,
      {
        expected: Object.keys(known).sort().join(', '),
        actual: category
      }
    )
  }
  return category
}
