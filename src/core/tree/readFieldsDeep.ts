import type { Nodes, RootContent } from 'mdast'
import { walk } from './walk.js'
import { readFields, type Field } from './readFields.js'

/** Reads every field in `nodes`, at any depth of lists and block quotes, in document order. */
export function readFieldsDeep(nodes: readonly Nodes[], source: string): Field[] {
  const fields: Field[] = []
  for (const node of nodes) {
    walk(node, (child, parent) => {
      if (child.type === 'list' || (child.type === 'paragraph' && parent?.type !== 'listItem')) {
        fields.push(...readFields([child as RootContent], source))
      }
    })
  }
  return fields
}
