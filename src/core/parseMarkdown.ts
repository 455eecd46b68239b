import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { alignTaskItems } from './tree/alignTaskItems.js'
import { repairListsAfterCode } from './tree/repairListsAfterCode.js'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])

/**
 * Parses Markdown into an mdast tree with positions, as GitHub reads it: GFM,
 * YAML front matter, and task items exactly where cmark-gfm renders checkboxes.
 */
export function parseMarkdown(source: string): Root {
  const tree = processor.parse(source)
  repairListsAfterCode(tree, source, (markdown) => processor.parse(markdown))
  alignTaskItems(tree, source)
  return tree
}
