import type { Root } from 'mdast'
import type { Position } from 'unist'
import { VFile } from 'vfile'
import { blankConflicts, conflictRegions } from './document/conflictRegions.js'
import { classifyDocument } from './document/classifyDocument.js'
import { compareMessages } from './document/compareMessages.js'
import { Extraction } from './Extraction.js'
import { extractAnalysis } from './extract/extractAnalysis.js'
import { extractChecklist } from './extract/extractChecklist.js'
import { extractPlan } from './extract/extractPlan.js'
import { extractPrompt } from './extract/extractPrompt.js'
import { extractReview } from './extract/extractReview.js'
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
  const kind = classifyDocument(tree, options.kindHint)
  const document = extractors[kind](tree, identity, extraction) as ExtractedDocument
  const valid = validateDocument(document, extraction)
  runRules(document, tree, extraction)
  file.messages.sort(compareMessages)
  return { document, valid, positions: extraction.positions, file }
}
