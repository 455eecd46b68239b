import { toString } from 'mdast-util-to-string'
import type { Field } from './readFields.js'

/**
 * The values of a list-valued field: its YAML list, or the items nested under
 * it (`- **Lessons Learned**:` then bullets), or its inline text split at commas.
 */
export function fieldList(field: Field): string[] {
  if (field.list) return field.list
  const nested = (field.item?.children ?? [])
    .filter((child) => child.type === 'list')
    .flatMap((list) =>
      list.children.map((item) =>
        toString(item.children[0] ?? item)
          .replace(/\s+/g, ' ')
          .trim()
      )
    )
    .filter(Boolean)
  if (nested.length > 0) return field.text ? [field.text, ...nested] : nested
  return field.text
    .split(/[,;]/)
    .map((part) => part.trim())
    .filter(Boolean)
}
