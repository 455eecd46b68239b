import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Extraction } from '../../Extraction.js'
import { pick, readHeader } from '../readHeader.js'
import { readAgent } from '../readIdentityFields.js'
import { readPhases } from '../readPhases.js'
import type { DialectReading } from './dialectDocument.js'
import { statedStatus } from './statedStatus.js'

/**
 * A Claude Code plan (superpowers `writing-plans`, `docs/plans/`): the
 * feature (`# … Implementation Plan`), its **Goal**, and its tasks
 * (`### Task N: …`) with their steps (`- [ ] **Step 1: …**`), read as
 * phases. It is a plan when it states a status, else a checklist: it never
 * needs planmark's template fields.
 */
export function readClaudePlan(tree: Root, extraction: Extraction): DialectReading {
  const header = readHeader(tree, extraction)
  const h1 = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
  const title = h1
    ? toString(h1)
        .replace(/\s+/g, ' ')
        .replace(/\s*implementation plan\s*$/i, '')
        .trim()
    : undefined
  const statusField = pick(header, 'status')
  const status = statedStatus(statusField?.text)
  if (status && statusField) extraction.at('/finalStatus/completionStatus', statusField.place)
  const goal = pick(header, 'goal')
  const agent = readAgent(pick(header, 'agent'), extraction)
  return {
    dialect: 'claude-plan',
    isPlan: status !== undefined,
    ...(title ? { title } : {}),
    ...(status ? { status } : {}),
    ...(agent ? { agent } : {}),
    ...(goal?.text ? { mission: goal.text } : {}),
    phases: readPhases(tree.children, extraction)
  }
}
