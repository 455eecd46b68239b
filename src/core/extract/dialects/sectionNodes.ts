import type { Root, RootContent } from 'mdast'
import { headingTitle } from '../../tree/splitSections.js'

/**
 * The nodes under the first heading whose words are one of `titles`
 * (normalised: `Surprises & Discoveries` → `surprises discoveries`), at any
 * depth, up to the next heading of its level or higher; undefined when no
 * heading has one of them.
 */
export function sectionNodes(tree: Root, ...titles: string[]): RootContent[] | undefined {
  const start = tree.children.findIndex(
    (node) => node.type === 'heading' && titles.includes(headingTitle(node))
  )
  const heading = tree.children[start]
  if (heading?.type !== 'heading') return undefined
  const nodes: RootContent[] = []
  for (const node of tree.children.slice(start + 1)) {
    if (node.type === 'heading' && node.depth <= heading.depth) break
    nodes.push(node)
  }
  return nodes
}
