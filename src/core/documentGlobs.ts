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
  /** Whether a folder walk reads this path: a Markdown file some kind's glob matches, not ignored. */
  isDocument(path: string): boolean
  /** The kind the first matching glob suggests (analyses, reviews, prompts, plans, checklists, in that order). */
  kindHint(path: string): DocumentKind | undefined
}

/** Compiles the configuration's globs once, for file-system walks and git snapshots alike. */
export function documentGlobs(config: ResolvedConfig): DocumentGlobs {
  const matchers = kinds.map(([key, kind]) => [picomatch(config.documents[key]), kind] as const)
  const ignored = picomatch(config.ignore)
  const kindHint = (path: string) => matchers.find(([matches]) => matches(path))?.[1]
  return {
    kindHint,
    isDocument: (path) =>
      path.toLowerCase().endsWith('.md') && !ignored(path) && kindHint(path) !== undefined
  }
}
