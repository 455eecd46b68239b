import type { Root } from 'mdast'
import type { Extraction } from '../../Extraction.js'
import { readFields } from '../../tree/readFields.js'
import type { Status } from '../../types/generated.js'
import type { DialectReading } from './dialectDocument.js'
import { sectionNodes } from './sectionNodes.js'

/**
 * GSD (get-shit-done): `.planning/STATE.md` states the current position
 * (`Phase: 2 of 4 (…)`, `Plan: 1 of 3`, `Status: …`): a plan, in progress
 * until it says its milestone or project is complete or that it is blocked.
 * Its `Progress:` bar counts GSD's plans, not the file's boxes. Phase plans
 * (`*-PLAN.md`) are checklists.
 */
export function readGsd(tree: Root, extraction: Extraction, path: string): DialectReading {
  const isState = /(^|\/)state\.md$/i.test(path)
  if (!isState) return { dialect: 'gsd', isPlan: false }
  const position = sectionNodes(tree, 'current position') ?? tree.children
  const fields = readFields(position, extraction.source)
  const statusField = fields.find((field) => field.key === 'status')
  const status = gsdStatus(statusField?.text)
  if (status && statusField) extraction.at('/finalStatus/completionStatus', statusField.place)
  const focus = readFields(sectionNodes(tree, 'project reference') ?? [], extraction.source).find(
    (field) => field.key === 'current focus'
  )?.text
  return {
    dialect: 'gsd',
    isPlan: true,
    ...(status ? { status } : {}),
    ...(focus ? { notes: { currentFocus: [focus] } } : {})
  }
}

function gsdStatus(text: string | undefined): Status | undefined {
  if (!text) return undefined
  if (/\b(milestone|project|all phases)\s+(complete|completed|shipped|done)\b/i.test(text))
    return 'completed'
  if (/\bblocked\b/i.test(text)) return 'blocked'
  return 'in_progress'
}
