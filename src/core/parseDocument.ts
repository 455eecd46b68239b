import type { Root } from 'mdast'
import type { Position } from 'unist'
import { VFile } from 'vfile'
import { blankConflicts, conflictRegions } from './document/conflictRegions.js'
import { declaredKind } from './document/classifyDocument.js'
import { compareMessages } from './document/compareMessages.js'
import { Extraction } from './Extraction.js'
import { extractAnalysis } from './extract/extractAnalysis.js'
import { extractChecklist } from './extract/extractChecklist.js'
import { extractPlan } from './extract/extractPlan.js'
import { extractPrompt } from './extract/extractPrompt.js'
import { extractReview } from './extract/extractReview.js'
import { detectDialect } from './extract/dialects/detectDialect.js'
import { importTaskMaster } from './extract/dialects/importTaskMaster.js'
import { readDialect } from './extract/dialects/readDialect.js'
import { readFields } from './tree/readFields.js'
import { parseMarkdown } from './parseMarkdown.js'
import { reportMessage } from './reportMessage.js'
import { resolveConfig } from './resolveConfig.js'
import { runRules } from './runRules.js'
import type { DocumentKind, ExtractedDocument } from './types/documents.js'
import type { DocumentIdentity, PlanmarkConfig } from './types/generated.js'
import { validateDocument } from './validateDocument.js'

/** Options of `parseDocument`. */
export interface Options {
  /** The document's path relative to the analysed root, POSIX separators. */
  path: string
  /** The git blob id of the content, when known. */
  blobId?: string
  /** The kind its path suggests; front matter `type` and the H1 title win over it. */
  kindHint?: DocumentKind
  /** The configuration (validated); defaults apply to what it leaves out. */
  config?: PlanmarkConfig
}

/** A document read from Markdown: the extracted values, where each came from, and the messages. */
export interface ParsedDocument {
  document: ExtractedDocument
  /** Whether the document satisfies its JSON Schema (then it is a `PlanmarkDocument`). */
  valid: boolean
  /** Source positions by JSON Pointer into `document`. */
  positions: Record<string, Position>
  /** The vfile whose `messages` are the findings, sorted by position. */
  file: VFile
}

const extractors = {
  plan: extractPlan,
  analysis: extractAnalysis,
  review: extractReview,
  prompt: extractPrompt,
  checklist: extractChecklist
} as const

/**
 * Parses one Markdown document: classifies it, extracts every field with its
 * position, validates it against its schema and runs the consistency rules.
 * Never throws on content: what cannot be understood becomes a message.
 */
export function parseDocument(source: string, options: Options): ParsedDocument {
  // micromark skips a byte order mark, so positions count from after it: so must the source.
  const text = source.startsWith('\ufeff') ? source.slice(1) : source
  if (isTaskMasterFile(options.path)) return importDocument(text, options)
  // Neither side of an unresolved merge conflict is read: its boxes would be counted twice.
  const conflicts = conflictRegions(text)
  const readable = blankConflicts(text, conflicts)
  const parsed = analyzeDocument(
    parseMarkdown(readable),
    new VFile({ path: options.path, value: readable }),
    options
  )
  if (conflicts.length === 0) return parsed
  const { rules } = resolveConfig(options.config)
  for (const { startLine, endLine } of conflicts)
    reportMessage(
      parsed.file,
      rules,
      'merge-conflict',
      { line: startLine, column: 1 },
      `Expected no merge-conflict markers, found an unresolved conflict on lines ${startLine}–${endLine}; neither side was read`,
      {
        expected: 'no merge-conflict markers',
        actual: `a conflict on lines ${startLine}–${endLine}`
      }
    )
  parsed.file.messages.sort(compareMessages)
  return parsed
}

/**
 * Extracts, validates and checks a document from a tree already parsed (by
 * `parseMarkdown`, or by remark with GFM, front matter and `alignWithGithub`).
 * Messages are added to `file`, whose value is the tree's source.
 */
export function analyzeDocument(tree: Root, file: VFile, options: Options): ParsedDocument {
  const source = String(file.value)
  const config = resolveConfig(options.config)
  const extraction = new Extraction(source, file, config)
  const heading = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
  extraction.at(
    '',
    heading?.position ?? { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }
  )
  const identity: DocumentIdentity = {
    path: options.path,
    ...(options.blobId ? { blobId: options.blobId } : {})
  }
  const declared = declaredKind(tree)
  const dialect = declared ? undefined : detectDialect(tree, options.path, source)
  const byPath = declared ? undefined : fromPath(tree, options.kindHint, source)
  const document =
    dialect && dialect !== 'task-master'
      ? readDialect(dialect, tree, identity, extraction)
      : (extractors[declared ?? byPath?.kind ?? 'checklist'](
          tree,
          identity,
          extraction
        ) as ExtractedDocument)
  // A plan that states its status without planmark's template is judged as a plan of its own format.
  if (byPath?.generic && document.kind === 'plan') document.dialect = 'generic'
  const valid = validateDocument(document, extraction)
  runRules(document, tree, extraction)
  file.messages.sort(compareMessages)
  return { document, valid, positions: extraction.positions, file }
}

/** Task Master keeps its tasks in JSON: `tasks.json`, read by its importer. */
function isTaskMasterFile(path: string): boolean {
  return /(^|\/)tasks\.json$/i.test(path)
}

function importDocument(text: string, options: Options): ParsedDocument {
  const config = resolveConfig(options.config)
  const file = new VFile({ path: options.path, value: text })
  const extraction = new Extraction(text, file, config)
  extraction.at('', { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } })
  const identity: DocumentIdentity = {
    path: options.path,
    ...(options.blobId ? { blobId: options.blobId } : {})
  }
  const document = importTaskMaster(text, identity, extraction)
  const valid = validateDocument(document, extraction)
  file.messages.sort(compareMessages)
  return { document, valid, positions: extraction.positions, file }
}

const planmarkFields = new Set([
  'agent',
  'start time',
  'estimated duration',
  'task category',
  'complexity'
])

/**
 * The kind a path's glob suggests, except that a document under `plans/`
 * that uses none of planmark's header fields never used planmark's template:
 * it is not a plan missing five fields. When it states a status it is a
 * plan of no particular format (`generic`), else a checklist.
 */
function fromPath(
  tree: Root,
  hint: DocumentKind | undefined,
  source: string
): { kind: DocumentKind; generic?: true } {
  if (hint !== 'plan') return { kind: hint ?? 'checklist' }
  const firstSection = tree.children.findIndex((node) => node.type === 'heading' && node.depth >= 2)
  const top = tree.children.slice(0, firstSection === -1 ? undefined : firstSection)
  const keys = readFields(top, source).map((field) => field.key)
  const first = tree.children[0]
  const yamlKeys =
    first?.type === 'yaml'
      ? [...first.value.matchAll(/^([\w -]+?)\s*:/gm)].map((match) =>
          (match[1] ?? '').replace(/[_-]/g, ' ').toLowerCase()
        )
      : []
  const all = [...keys, ...yamlKeys]
  if (all.some((key) => planmarkFields.has(key))) return { kind: 'plan' }
  return all.some((key) => key === 'status' || key === 'completion status')
    ? { kind: 'plan', generic: true }
    : { kind: 'checklist' }
}
