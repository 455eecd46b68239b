import type { Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
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

/** The text of each paragraph and each list item of `nodes`, one entry each, whitespace collapsed. */
export function sectionTexts(nodes: readonly RootContent[] | undefined): string[] | undefined {
  if (!nodes) return undefined
  const texts = nodes.flatMap((node) =>
    node.type === 'paragraph'
      ? [toString(node)]
      : node.type === 'list'
        ? node.children.map((item) => toString(item))
        : []
  )
  const clean = texts.map((text) => text.replace(/\s+/g, ' ').trim()).filter(Boolean)
  return clean.length > 0 ? clean : undefined
}
