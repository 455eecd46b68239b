import type { Root } from 'mdast'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml'])

/** Parses Markdown into an mdast tree with positions, as GitHub reads it (GFM plus YAML front matter). */
export function parseMarkdown(source: string): Root {
  return processor.parse(source)
}
