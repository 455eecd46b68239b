import picomatch from 'picomatch'
import type { ResolvedConfig } from './resolveConfig.js'
import type { DocumentKind } from './types/documents.js'

const kinds: ReadonlyArray<readonly [keyof ResolvedConfig['documents'], DocumentKind]> = [
  ['analyses', 'analysis'],
  ['reviews', 'review'],
  ['prompts', 'prompt'],
  ['plans', 'plan'],
  ['checklists', 'checklist']
]

/** What the configured globs say about a path. */
export interface DocumentGlobs {
  /** Whether a folder walk reads this path: a Markdown file (or Task Master `tasks.json`) some kind's glob matches, not ignored. */
  isDocument(path: string): boolean
  /** The kind the first matching glob suggests (analyses, reviews, prompts, plans, checklists, in that order). */
  kindHint(path: string): DocumentKind | undefined
}

/** Markdown, or a Task Master `tasks.json` (read by its importer). */
function isReadable(path: string): boolean {
  const lower = path.toLowerCase()
  return lower.endsWith('.md') || lower.endsWith('/tasks.json') || lower === 'tasks.json'
}

/** Compiles the configuration's globs once, for file-system walks and git snapshots alike. */
export function documentGlobs(config: ResolvedConfig): DocumentGlobs {
  // dot: a glob such as `.kiro/**/tasks.md` or `**/tasks.md` must reach the agents' dot-folders.
  const matchers = kinds.map(
    ([key, kind]) => [picomatch(config.documents[key], { dot: true }), kind] as const
  )
  const ignored = picomatch(config.ignore, { dot: true })
  const kindHint = (path: string) => matchers.find(([matches]) => matches(path))?.[1]
  return {
    kindHint,
    isDocument: (path) => isReadable(path) && !ignored(path) && kindHint(path) !== undefined
  }
}
