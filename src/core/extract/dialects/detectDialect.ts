import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { headingTitle } from '../../tree/splitSections.js'
import type { Dialect } from '../../types/generated.js'

/** A dialect with a reader of its own: every one but planmark's template and a plain checklist. */
export type AgentDialect = Exclude<Dialect, 'planmark' | 'generic'>

const livingSections = ['surprises discoveries', 'decision log', 'outcomes retrospective']

/**
 * The agent tool's format a Markdown document is written in, from where the
 * tool keeps it and what the format always has (docs/formats.md); undefined
 * for planmark's template and plain checklists. Front matter and path decide
 * first, so a file is read the way the tool that wrote it reads it.
 */
export function detectDialect(tree: Root, path: string, source: string): AgentDialect | undefined {
  const lower = path.toLowerCase()
  const name = lower.slice(lower.lastIndexOf('/') + 1)
  const first = tree.children[0]
  const yaml = first?.type === 'yaml' ? first.value : ''
  const hasKey = (key: string) => new RegExp(`^${key}\\s*:`, 'm').test(yaml)
  if (hasKey('todos')) return 'cursor-plan'
  if (hasKey('id') && hasKey('title') && hasKey('status')) return 'backlog-md'
  if (/(^|\/)\.kiro\/specs\/[^/]+\/tasks\.md$/.test(lower)) return 'kiro'
  if (/(^|\/)\.planning\//.test(lower) && (name === 'state.md' || name.endsWith('-plan.md')))
    return 'gsd'
  if (/(^|\/)memory-bank\//.test(lower)) return 'cline-memory-bank'
  if (/(^|\/)specs\/[^/]+\/(tasks|plan)\.md$/.test(lower)) return 'spec-kit'
  const titles = new Set(
    tree.children.flatMap((node) => (node.type === 'heading' ? [headingTitle(node)] : []))
  )
  if (titles.has('progress') && livingSections.some((title) => titles.has(title))) return 'execplan'
  const h1 = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
  const title = h1 ? toString(h1) : ''
  const items = tree.children.flatMap((node) =>
    node.type === 'list' ? node.children.map((item) => toString(item.children[0] ?? item)) : []
  )
  if (/^\s*tasks\s*:/i.test(title) || items.filter((item) => /^T\d{3,}\b/.test(item)).length >= 2)
    return 'spec-kit'
  if (items.some((item) => /^\d+(\.\d+)*\.?\s/.test(item)) && /_Requirements:/i.test(source))
    return 'kiro'
  const taskHeadings = tree.children.some(
    (node) => node.type === 'heading' && /^\s*task\s+\d+\s*:/i.test(toString(node))
  )
  if (
    (/implementation plan\s*$/i.test(title) && /^\*\*goal:?\*\*/im.test(source)) ||
    (taskHeadings && /^\*\*files:?\*\*/im.test(source))
  )
    return 'claude-plan'
  if (titles.has('current position')) return 'gsd'
  if (
    titles.has('what works') &&
    (titles.has('what s left to build') || titles.has('current status'))
  )
    return 'cline-memory-bank'
  return undefined
}
