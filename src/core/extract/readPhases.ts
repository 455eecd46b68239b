import type { RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Extraction } from '../Extraction.js'
import { normalizeStatus } from '../normalize/normalizeStatus.js'
import { parseDuration } from '../normalize/parseDuration.js'
import { collectTasks } from '../tree/collectTasks.js'
import { readFields } from '../tree/readFields.js'
import { readTables } from '../tree/readTables.js'
import type { Phase } from '../types/generated.js'
import { isPlaceholder } from '../tree/isPlaceholder.js'
import { shortened } from '../text/shortened.js'
import { readStatus } from './fieldReaders.js'
import { findPhases, type PhaseBlock } from './findPhases.js'

/**
 * Reads the phases of a document (`### Phase 1: …`, `## Milestone 2`, `### Task 3:`;
 * see `findPhases`): each one's estimate, objective, status (its heading, a
 * `**Status**:` line or a `| Phase | Status |` table), steps and completion
 * criteria, with their positions under `/phases/<index>`.
 */
export function readPhases(nodes: readonly RootContent[], extraction: Extraction): Phase[] {
  const blocks = findPhases(nodes)
  const tableStatus = new Map<number, string>()
  for (const row of readTables(nodes, ['phase', 'status'])) {
    const number = /\d+/.exec(row.cells.phase ?? '')?.[0]
    if (number) tableStatus.set(Number(number), row.cells.status ?? '')
  }
  // A longer number would be stored rounded, or as Infinity: such a heading is no phase.
  const numbered = blocks.filter((block) => {
    if (block.number < 1e15) return true
    const digits = /\d+/.exec(toString(block.heading))?.[0] ?? ''
    extraction.report(
      'invalid-value',
      block.heading.position,
      `Expected a phase number of at most 15 digits, found ${digits.length} digits; the heading is not read as a phase`,
      { expected: 'a phase number of at most 15 digits', actual: `${digits.length} digits` }
    )
    return false
  })
  return numbered.map((block, index) =>
    readPhase(block, `/phases/${index}`, tableStatus.get(block.number), extraction)
  )
}

function readPhase(
  block: PhaseBlock,
  pointer: string,
  tableStatus: string | undefined,
  extraction: Extraction
): Phase {
  extraction.at(pointer, block.heading.position)
  const phase: Phase = { number: block.number, name: block.name, steps: [], completionCriteria: [] }
  if (block.estimate) {
    const estimate = parseDuration(block.estimate)
    if (estimate) phase.estimatedDuration = estimate
    else {
      extraction.invalid.add(`${pointer}/estimatedDuration`)
      // An unfilled placeholder is template-placeholder's to report, once.
      if (!isPlaceholder(block.estimate))
        extraction.report(
          'invalid-value',
          block.heading.position,
          `Expected a duration in the phase estimate, found \`${shortened(block.estimate)}\``,
          {
            expected: 'a duration such as `30 minutes`',
            actual: shortened(block.estimate)
          }
        )
    }
  }
  type Group = 'steps' | 'completionCriteria'
  let target: Group = 'steps'
  const groups: Record<Group, RootContent[]> = { steps: [], completionCriteria: [] }
  for (const node of block.nodes) {
    const label =
      node.type === 'heading'
        ? toString(node)
        : node.type === 'paragraph'
          ? toString(node)
          : undefined
    if (label !== undefined && /^\s*(phase\s+)?(completion|exit|done)\s+criteria\b/i.test(label))
      target = 'completionCriteria'
    else if (label !== undefined && /^\s*(steps|tasks)\b/i.test(label)) target = 'steps'
    groups[target].push(node)
  }
  phase.steps = collectTasks(groups.steps, extraction, `${pointer}/steps`)
  phase.completionCriteria = collectTasks(
    groups.completionCriteria,
    extraction,
    `${pointer}/completionCriteria`
  )
  const fields = readFields(block.nodes, extraction.source)
  const objective = fields.find((field) => field.key === 'objective' || field.key === 'goal')
  if (objective?.text) phase.objective = objective.text
  const status =
    readStatus(
      fields.find((field) => field.key === 'status'),
      extraction,
      `${pointer}/status`
    ) ??
    block.status ??
    (tableStatus === undefined ? undefined : normalizeStatus(tableStatus))
  if (status) phase.status = status
  return phase
}
