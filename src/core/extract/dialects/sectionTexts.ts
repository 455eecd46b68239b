import type { RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'

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
