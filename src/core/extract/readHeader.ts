import type { Root, RootContent } from 'mdast'
import type { Extraction } from '../Extraction.js'
import { isPlaceholder } from '../tree/isPlaceholder.js'
import { readFields, type Field } from '../tree/readFields.js'
import { readFrontMatter } from '../tree/readFrontMatter.js'

/**
 * Reads a document's header: YAML front matter, then the `**Key**: value`
 * lines before the first H2, which win over front matter when both say a key.
 * Placeholder values (`{{agent}}`, `[AGENT_NAME]`) are not values and are left out.
 */
export function readHeader(tree: Root, extraction: Extraction): Map<string, Field> {
  const firstSection = tree.children.findIndex((node) => node.type === 'heading' && node.depth >= 2)
  const top: RootContent[] = tree.children.slice(0, firstSection === -1 ? undefined : firstSection)
  const fromMarkdown = new Map<string, Field>()
  for (const field of readFields(top, extraction.source)) {
    if (!fromMarkdown.has(field.key)) fromMarkdown.set(field.key, field)
  }
  const header = new Map([...readFrontMatter(tree, extraction), ...fromMarkdown])
  for (const [key, field] of header) if (isPlaceholder(field.markdown)) header.delete(key)
  return header
}

/** The first of `keys` that the header has. */
export function pick(header: ReadonlyMap<string, Field>, ...keys: string[]): Field | undefined {
  for (const key of keys) {
    const field = header.get(key)
    if (field) return field
  }
  return undefined
}
