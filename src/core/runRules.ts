import type { Root } from 'mdast'
import type { Extraction } from './Extraction.js'
import { checkClaims } from './rules/checkClaims.js'
import { checkCompletedClaim } from './rules/checkCompletedClaim.js'
import { checkDialect } from './rules/checkDialect.js'
import { checkParentChild } from './rules/checkParentChild.js'
import { checkPhaseCompletion } from './rules/checkPhaseCompletion.js'
import { checkSuccessRate } from './rules/checkSuccessRate.js'
import { checkTimeline } from './rules/checkTimeline.js'
import { planTasks } from './rules/planTasks.js'
import { walkTasks, type TaskAt } from './rules/walkTasks.js'
import { collectTasks } from './tree/collectTasks.js'
import { dialectOf } from './extract/dialects/dialectOf.js'
import type { ExtractedDocument } from './types/documents.js'

/** Runs every single-document rule on an extracted document and its tree. */
export function runRules(document: ExtractedDocument, tree: Root, extraction: Extraction): void {
  const dialect = dialectOf(document)
  checkDialect(tree, extraction, dialect)
  let tasks: TaskAt[]
  if (document.kind === 'plan') {
    checkCompletedClaim(document, extraction)
    checkSuccessRate(document, extraction)
    checkPhaseCompletion(document, extraction)
    checkTimeline(document, extraction)
    const { criteria, steps, phaseCriteria, own } = planTasks(document)
    tasks = [...criteria, ...steps, ...phaseCriteria, ...own]
  } else {
    tasks = walkTasks(collectTasks(tree.children, extraction, '/tasks'), '/tasks')
  }
  checkParentChild(tasks, extraction)
  // GSD's `Progress:` bar counts its plans, not the file's boxes: it is no claim about them.
  checkClaims(tasks, dialect === 'gsd' ? [] : tree.children, document.checkboxes, extraction)
}
