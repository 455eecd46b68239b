import type { Root } from 'mdast'
import type { Extraction } from '../../Extraction.js'
import type { ExtractedDocument } from '../../types/documents.js'
import type { CheckboxCounts, DocumentIdentity } from '../../types/generated.js'
import type { AgentDialect } from './detectDialect.js'
import { dialectDocument, type DialectReading } from './dialectDocument.js'
import { readBacklogMd } from './readBacklogMd.js'
import { readClaudePlan } from './readClaudePlan.js'
import { readClineMemoryBank } from './readClineMemoryBank.js'
import { readCursorPlan } from './readCursorPlan.js'
import { readExecPlan } from './readExecPlan.js'
import { readGsd } from './readGsd.js'
import { readKiro } from './readKiro.js'
import { readSpecKit } from './readSpecKit.js'

type Reader = (tree: Root, extraction: Extraction, path: string) => DialectReading

const readers: Record<Exclude<AgentDialect, 'task-master'>, Reader> = {
  'spec-kit': readSpecKit,
  kiro: readKiro,
  execplan: readExecPlan,
  'backlog-md': readBacklogMd,
  'cursor-plan': readCursorPlan,
  'cline-memory-bank': readClineMemoryBank,
  'claude-plan': readClaudePlan,
  gsd: readGsd
}

/**
 * Reads a Markdown document with its dialect's reader (one per format, in
 * this folder) into a plan or a checklist that records the dialect.
 */
export function readDialect(
  dialect: Exclude<AgentDialect, 'task-master'>,
  tree: Root,
  identity: DocumentIdentity,
  extraction: Extraction
): ExtractedDocument {
  const document = dialectDocument(
    readers[dialect](tree, extraction, identity.path),
    tree,
    identity,
    extraction
  )
  if (dialect === 'kiro') {
    // Kiro's `[-]` is in progress: count it so, wherever it is counted.
    kiroCounts(document.checkboxes)
    if (document.kind === 'checklist')
      for (const section of document.sections ?? []) kiroCounts(section.checkboxes)
  }
  return document
}

function kiroCounts(counts: CheckboxCounts): void {
  counts.inProgress += counts.dropped
  counts.dropped = 0
}
