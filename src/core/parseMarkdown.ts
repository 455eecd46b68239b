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
  alignWithGithub(tree, source)
  return tree
}

/**
 * Corrects a tree that remark-parse and remark-gfm built from `source` where
 * micromark and GitHub's cmark-gfm disagree about lists and task items.
 */
export function alignWithGithub(tree: Root, source: string): void {
  repairListsAfterCode(tree, source, (markdown) => processor.parse(markdown))
  alignTaskItems(tree, source)
}
