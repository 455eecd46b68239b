import type { Heading, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { normalizeStatus } from '../normalize/normalizeStatus.js'
import { stripEmoji } from '../normalize/stripEmoji.js'
import { headingTitle } from '../tree/splitSections.js'

/** A phase heading and the nodes under it. */
export interface PhaseBlock {
  heading: Heading
  number: number
  name: string
  /** The estimate in parentheses, as written (`Estimated: 30 minutes` → `30 minutes`). */
  estimate?: string
  /** A status the heading carries: an emoji or an upper-case word (`✅`, `DONE`). */
  status?: ReturnType<typeof normalizeStatus>
  nodes: RootContent[]
}

const keyword = /^(?:phase|milestone|task|step|stage|sprint|part)\s*(\d+)\s*(?:[.:)—–-]\s*)?(.*)$/i
const numbered = /^(\d+)\s*[.:)—–-]\s*(.*)$/
// The last parenthesis, then its label: one pattern for both had three `\s*` in a row, cubic in a run of spaces (1,000 took 47 s).
const estimate = /\(([^()]*)\)\s*$/
const estimateLabel = /^\s*(?:estimated|estimate|est\.?)?\s*:?/i
const phaseSections = new Set([
  'execution phases',
  'phases',
  'execution plan',
  'implementation plan',
  'plan',
  'milestones',
  'tasks'
])

/**
 * Finds the phases of a plan: headings `Phase 1: …`, `PHASE 1 —`, `Milestone 2 …`,
 * `Task 3:` at any depth, and bare numbered headings (`## 1. Setup`) inside an
 * Execution Phases section. A phase holds the nodes up to the next phase
 * heading or the next heading of its level or higher.
 */
export function findPhases(nodes: readonly RootContent[]): PhaseBlock[] {
  const phases: PhaseBlock[] = []
  let section = ''
  let current: PhaseBlock | undefined
  for (const node of nodes) {
    if (node.type === 'heading') {
      const phase = readPhaseHeading(node, phaseSections.has(section))
      if (phase) {
        current = phase
        phases.push(phase)
        continue
      }
      if (current && node.depth <= current.heading.depth) current = undefined
      if (!current && node.depth <= 2) section = headingTitle(node)
    }
    current?.nodes.push(node)
  }
  return phases
}

function readPhaseHeading(heading: Heading, inPhaseSection: boolean): PhaseBlock | undefined {
  const raw = toString(heading)
  const text = stripEmoji(raw)
  const match = keyword.exec(text) ?? (inPhaseSection ? numbered.exec(text) : null)
  if (!match) return undefined
  const rest = match[2] ?? ''
  const estimateMatch = estimate.exec(rest)
  // A trailing dash goes, by trimming: a pattern for it would rescan a run of spaces from each one.
  const named = (estimateMatch ? rest.slice(0, estimateMatch.index) : rest).trimEnd()
  const name = (/[—–-]$/.test(named) ? named.slice(0, -1) : named).trim()
  const block: PhaseBlock = { heading, number: Number(match[1]), name, nodes: [] }
  const estimateText = estimateMatch?.[1]?.replace(estimateLabel, '').trim()
  if (estimateText) block.estimate = estimateText
  const status = headingStatus(raw)
  if (status) block.status = status
  return block
}

function headingStatus(raw: string): ReturnType<typeof normalizeStatus> {
  const marks = raw.replace(/[\p{L}\p{N}\s:().—–-]/gu, '')
  const upperWords = raw.match(/\b[A-Z][A-Z_]{2,}(?: [A-Z_]{2,})?\b/g) ?? []
  return (
    normalizeStatus(marks) ??
    normalizeStatus(
      upperWords
        .filter((word) => !/^(PHASE|MILESTONE|TASK|STEP|STAGE|SPRINT|PART)$/.test(word))
        .join(' ')
    )
  )
}
