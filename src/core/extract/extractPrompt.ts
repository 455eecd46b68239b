import type { Root } from 'mdast'
import type { Extraction } from '../Extraction.js'
import { normalizeCategory } from '../normalize/normalizeCategory.js'
import { countCheckboxes } from '../tree/countCheckboxes.js'
import { fieldList } from '../tree/fieldList.js'
import type { DocumentIdentity, Prompt } from '../types/generated.js'
import { dropEmpty } from './dropEmpty.js'
import { pick, readHeader } from './readHeader.js'
import { readTitle } from './readTitle.js'

const promptTypes = new Set(['system', 'task', 'specialized'])

/** Extracts a prompt: its front matter (id, version, type, categories, description); the body is the prompt. */
export function extractPrompt(
  tree: Root,
  identity: DocumentIdentity,
  extraction: Extraction
): Partial<Prompt> {
  const header = readHeader(tree, extraction)
  const typeField = pick(header, 'prompt type', 'type')
  const promptType = typeField?.text.toLowerCase()
  const categories = pick(header, 'categories', 'category', 'task categories')
  for (const key of ['id', 'version', 'description'] as const) {
    const field = header.get(key)
    if (field) extraction.at(`/${key}`, field.place)
  }
  if (typeField) extraction.at('/promptType', typeField.place)
  if (categories) extraction.at('/categories', categories.place)
  return dropEmpty({
    schemaVersion: 1,
    kind: 'prompt',
    identity,
    title: readTitle(tree, header, extraction),
    id: header.get('id')?.text,
    version: header.get('version')?.text,
    promptType:
      promptType && promptTypes.has(promptType)
        ? (promptType as Prompt['promptType'])
        : (typeField?.text as Prompt['promptType']),
    categories: categories ? fieldList(categories).map(normalizeCategory) : [],
    description: header.get('description')?.text,
    checkboxes: countCheckboxes(tree.children, extraction.source)
  } satisfies Partial<Prompt>)
}
