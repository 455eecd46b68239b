import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { DocumentKind } from '../types/documents.js'

const titleKinds: ReadonlyArray<readonly [RegExp, DocumentKind]> = [
  [/^\W*(execution\s+)?plan\s+analysis\b/i, 'analysis'],
  [/^\W*execution\s+plan\b/i, 'plan'],
  [/^\W*agent\s+(performance\s+)?review\b/i, 'review']
]

// A Map: a front matter `type: constructor` must not find Object.prototype's.
const frontMatterKinds = new Map<string, DocumentKind>(
  Object.entries({
    plan: 'plan',
    execution_plan: 'plan',
    analysis: 'analysis',
    plan_analysis: 'analysis',
    review: 'review',
    agent_review: 'review',
    prompt: 'prompt',
    system: 'prompt',
    task: 'prompt',
    specialized: 'prompt',
    checklist: 'checklist'
  } satisfies Record<string, DocumentKind>)
)

/**
 * Decides what a document is: its front matter `type` first, then its H1
 * title (`# EXECUTION PLAN: …`), then the kind its path's glob suggests, else
 * a generic checklist.
 */
export function classifyDocument(tree: Root, hint?: DocumentKind): DocumentKind {
  return declaredKind(tree) ?? hint ?? 'checklist'
}

/**
 * The kind a document declares in planmark's own terms, by its front matter
 * `type` or its H1 title; undefined when it declares none (then its dialect
 * or its path decides).
 */
export function declaredKind(tree: Root): DocumentKind | undefined {
  const first = tree.children[0]
  const type =
    first?.type === 'yaml' ? /^type\s*:\s*["']?([\w-]+)/m.exec(first.value)?.[1] : undefined
  const fromFrontMatter = type ? frontMatterKinds.get(type.toLowerCase()) : undefined
  if (fromFrontMatter) return fromFrontMatter
  const h1 = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
  const title = h1 ? toString(h1) : ''
  return titleKinds.find(([pattern]) => pattern.test(title))?.[1]
}
