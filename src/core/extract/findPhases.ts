import type { Heading, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import { normalizeStatus } from '../normalize/normalizeStatus.js'
import { parseDuration } from '../normalize/parseDuration.js'
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

// `Phase 3.1:` (spec-kit's older numbering) is a part of phase 3: its number is 3, its name the words after it (not `1: Setup`).
const keyword =
  /^(?:phase|milestone|task|step|stage|sprint|part)\s*(\d+)(?:\.\d+)*\s*(?:[.:)—–-]\s*)?(.*)$/i
const numbered = /^(\d+)\s*[.:)—–-]\s*(.*)$/
// The last parenthesis, then its label: one pattern for both had three `\s*` in a row, cubic in a run of spaces (1,000 took 47 s).
const estimate = /\(([^()]*)\)\s*$/
const estimateLabel = /^\s*(?:estimated|estimate|est\.?)(?![a-z])\s*:?/i
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
  const found = estimate.exec(rest)
  const inner = found?.[1] ?? ''
  const label = estimateLabel.exec(inner)
  const written = found
    ? readEstimate(label !== null, inner.slice(label?.[0].length ?? 0))
    : undefined
  // A trailing dash goes, by trimming: a pattern for it would rescan a run of spaces from each one.
  const named = (written !== undefined && found ? rest.slice(0, found.index) : rest).trimEnd()
  const name = (/[—–-]$/.test(named) ? named.slice(0, -1) : named).trim()
  const block: PhaseBlock = { heading, number: Number(match[1]), name, nodes: [] }
  if (written) block.estimate = written
  const status = headingStatus(raw)
  if (status) block.status = status
  return block
}

/**
 * The estimate a heading's closing parenthesis states, or undefined when it is
 * a note: a labelled one (`Estimated: …`) always is an estimate (and reported
 * when not a duration), an unlabelled one only when it reads as a duration,
 * whole or before a comma (`5 min, today`); `(1 PR)` is a note.
 */
/** Text shaped like a duration (`30 minutes`, `1-2 hours`) even when its numbers are out of range; anchored, so linear. */
const durationShaped =
  /^[~<>≈\s]*\d[^()]*?(?<![a-z])(?:m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?)\.?\s*$/i

function readEstimate(labelled: boolean, text: string): string | undefined {
  const whole = text.trim()
  // An out-of-range duration is still an estimate, so it gets its finding rather than becoming part of the name.
  if (labelled || parseDuration(whole) || durationShaped.test(whole)) return whole
  const first = whole.split(/[,;]/)[0]?.trim() ?? ''
  return first !== whole && parseDuration(first) ? first : undefined
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
