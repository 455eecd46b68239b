import type { Root } from 'mdast'
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item'
import { gfmFootnote } from 'micromark-extension-gfm-footnote'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item'
import remarkFrontmatter from 'remark-frontmatter'
import remarkParse from 'remark-parse'
import { unified, type Processor } from 'unified'
import { alignTaskItems } from './tree/alignTaskItems.js'
import { repairListsAfterCode } from './tree/repairListsAfterCode.js'

/**
 * GFM without autolink literals: GitHub turns bare `www.x.com` into links,
 * which changes no text, task, field or count planmark extracts, and that
 * extension is the parser's most expensive (regular expressions on all text).
 */
function gfmForPlanmark(this: Processor) {
  const data = this.data()
  ;(data.micromarkExtensions ??= []).push(
    gfmFootnote(),
    gfmStrikethrough(),
    gfmTable(),
    gfmTaskListItem()
  )
  ;(data.fromMarkdownExtensions ??= []).push(
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown()
  )
}

const processor = unified().use(remarkParse).use(gfmForPlanmark).use(remarkFrontmatter, ['yaml'])

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
