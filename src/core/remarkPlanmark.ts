import type { Root } from 'mdast'
import type { VFile } from 'vfile'
import { analyzeDocument, type Options } from './parseDocument.js'
import { alignWithGithub } from './parseMarkdown.js'

/**
 * A remark plugin that reports planmark's findings on the file being
 * processed, so editors and `remark-cli` show them. Use it after `remark-gfm`
 * and `remark-frontmatter` (with `['yaml']`). It corrects task items in the
 * tree to GitHub's reading. Rules across documents (`duplicate-plan-id`,
 * `review-plan-missing`) need `planmark check`.
 */
export function remarkPlanmark(options: Partial<Options> = {}) {
  return (tree: Root, file: VFile): void => {
    alignWithGithub(tree, String(file.value))
    analyzeDocument(tree, file, { ...options, path: options.path ?? file.path ?? 'document.md' })
  }
}
