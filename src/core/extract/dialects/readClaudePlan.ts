import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Extraction } from '../../Extraction.js'
import { pick, readHeader } from '../readHeader.js'
import { readAgent } from '../readIdentityFields.js'
import { findPhases, type PhaseBlock } from '../findPhases.js'
import { readPhases } from '../readPhases.js'
import type { Phase } from '../../types/generated.js'
import type { DialectReading } from './dialectDocument.js'
import { statedStatus } from './statedStatus.js'

/**
 * A Claude Code plan (superpowers `writing-plans`, `docs/plans/`): the
 * feature (`# … Implementation Plan`), its **Goal**, and its tasks
 * (`### Task N: …`) with their steps (`- [ ] **Step 1: …**`) and files
 * (**Files:**), read as phases. It is a plan when it states a status, else a checklist: it never
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
    phases: withFiles(readPhases(tree.children, extraction), findPhases(tree.children))
  }
}

/** Each task's **Files:** list (`- Create: src/x.ts`), as written, on its phase. */
function withFiles(phases: Phase[], blocks: readonly PhaseBlock[]): Phase[] {
  phases.forEach((phase, index) => {
    const nodes = blocks[index]?.nodes ?? []
    const label = nodes.findIndex(
      (node) => node.type === 'paragraph' && /^\s*files\s*:?\s*$/i.test(toString(node))
    )
    const list = label === -1 ? undefined : nodes[label + 1]
    if (list?.type !== 'list') return
    // The steps often follow in the same list (same bullet, a blank line apart): files end at the first box.
    const firstBox = list.children.findIndex((item) => typeof item.checked === 'boolean')
    const files = list.children
      .slice(0, firstBox === -1 ? undefined : firstBox)
      .map((item) => toString(item).replace(/\s+/g, ' ').trim())
      .filter(Boolean)
    if (files.length > 0) phase.files = files
  })
  return phases
}
