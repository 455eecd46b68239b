import type { Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Extraction } from '../Extraction.js'
import { normalizeLevel } from '../normalize/normalizeLevel.js'
import { normalizeStatus } from '../normalize/normalizeStatus.js'
import { parseDuration } from '../normalize/parseDuration.js'
import { collectTasks } from '../tree/collectTasks.js'
import { countCheckboxes } from '../tree/countCheckboxes.js'
import { fieldList } from '../tree/fieldList.js'
import { readFields, type Field } from '../tree/readFields.js'
import { readTables } from '../tree/readTables.js'
import { splitSections, type Section } from '../tree/splitSections.js'
import type {
  DocumentIdentity,
  ExecutionPlan,
  Phase,
  ProgressTracking,
  Risk
} from '../types/generated.js'
import {
  readDuration,
  readLevel,
  readPercent,
  readScore,
  readStatus,
  readTimestamp
} from './fieldReaders.js'
import { dropEmpty } from './dropEmpty.js'
import { findPhases, type PhaseBlock } from './findPhases.js'
import { pick, readHeader } from './readHeader.js'
import { readAgent, readCategory } from './readIdentityFields.js'
import { readTitle } from './readTitle.js'
import { isPlaceholder } from '../tree/isPlaceholder.js'

/**
 * Extracts an execution plan. Fields that are missing stay absent (the schema
 * then reports them); values that cannot be understood are reported and left out.
 */
export function extractPlan(
  tree: Root,
  identity: DocumentIdentity,
  extraction: Extraction
): Partial<ExecutionPlan> {
  const header = readHeader(tree, extraction)
  const sections = splitSections(tree.children, 2)
  const section = (...titles: string[]): Section | undefined =>
    titles.map((title) => sections.find((candidate) => candidate.title === title)).find(Boolean)
  const planIdField = pick(header, 'plan id', 'id')
  if (planIdField) extraction.at('/identity/planId', planIdField.place)
  const planId = planIdField?.text ?? htmlCommentId(tree)
  const plan: Partial<ExecutionPlan> = {
    schemaVersion: 1,
    kind: 'plan',
    identity: planId ? { ...identity, planId } : identity,
    title: readTitle(tree, header, extraction),
    agent: readAgent(pick(header, 'agent', 'agent name', 'model'), extraction),
    session: pick(header, 'session', 'session id')?.text,
    startTime: readTimestamp(
      pick(header, 'start time', 'started', 'start', 'date'),
      extraction,
      '/startTime'
    ),
    estimatedDuration: readDuration(
      pick(header, 'estimated duration', 'estimate', 'estimated time'),
      extraction,
      '/estimatedDuration'
    ),
    taskCategory: readCategory(pick(header, 'task category', 'category'), extraction),
    complexity: readLevel(pick(header, 'complexity'), extraction, '/complexity'),
    prompts: readPrompts(pick(header, 'prompt', 'prompts'), extraction),
    reviewer: pick(header, 'reviewer')?.text,
    mission:
      sectionText(section('mission statement', 'mission', 'objective', 'goal')) ??
      pick(header, 'mission')?.text,
    successCriteria: collectTasks(
      section('success criteria', 'acceptance criteria')?.nodes ?? [],
      extraction,
      '/successCriteria'
    ),
    phases: readPhases(tree, extraction),
    risks: readRisks(section('risk assessment', 'risks')?.nodes ?? [], extraction),
    resources: readResources(
      section('resource requirements', 'resources')?.nodes ?? [],
      extraction
    ),
    progressTracking: readProgressTracking(
      section('progress tracking', 'progress', 'timeline')?.nodes ?? [],
      extraction
    ),
    finalStatus: readFinalStatus(
      section('final status', 'status', 'outcome')?.nodes ?? [],
      header,
      extraction
    ),
    checkboxes: countCheckboxes(tree.children, extraction.source)
  }
  return dropEmpty(plan)
}

function readPrompts(
  field: ReturnType<typeof pick>,
  extraction: Extraction
): ExecutionPlan['prompts'] {
  if (!field) return undefined
  extraction.at('/prompts', field.place)
  return fieldList(field).map((reference) => {
    const [id = '', version] = reference.split('@').map((part) => part.trim())
    return version ? { id, version } : { id }
  })
}

function readPhases(tree: Root, extraction: Extraction): Phase[] {
  const blocks = findPhases(tree.children)
  const tableStatus = new Map<number, string>()
  for (const row of readTables(tree.children, ['phase', 'status'])) {
    const number = /\d+/.exec(row.cells.phase ?? '')?.[0]
    if (number) tableStatus.set(Number(number), row.cells.status ?? '')
  }
  return blocks.map((block, index) =>
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
          `Expected a duration in the phase estimate, found \`${block.estimate}\``,
          {
            expected: 'a duration such as `30 minutes`',
            actual: block.estimate
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

function readRisks(nodes: RootContent[], extraction: Extraction): Risk[] {
  return readTables(nodes, ['risk']).map((row, index) => {
    extraction.at(`/risks/${index}`, row.place)
    const risk: Risk = { risk: row.cells.risk ?? '' }
    const probability = normalizeLevel(row.cells.probability ?? row.cells.likelihood ?? '')
    const impact = normalizeLevel(row.cells.impact ?? '')
    if (probability) risk.probability = probability
    if (impact) risk.impact = impact
    if (row.cells.mitigation) risk.mitigation = row.cells.mitigation
    return risk
  })
}

// A Map: a field named `constructor` must not find Object.prototype's.
const resourceKeys = new Map<string, keyof NonNullable<ExecutionPlan['resources']>>([
  ['files to review', 'filesToReview'],
  ['tools needed', 'toolsNeeded'],
  ['dependencies', 'dependencies']
])

function readResources(nodes: RootContent[], extraction: Extraction): ExecutionPlan['resources'] {
  const resources: NonNullable<ExecutionPlan['resources']> = {}
  for (const field of readFields(nodes, extraction.source)) {
    const key = resourceKeys.get(field.key)
    if (key && field.text) {
      resources[key] = field.text
      extraction.at(`/resources/${key}`, field.place)
    }
  }
  return resources
}

function readProgressTracking(
  nodes: RootContent[],
  extraction: Extraction
): ProgressTracking | undefined {
  const tracking: ProgressTracking = { phases: [] }
  // Fields by phase first: positions are recorded at each phase's sorted index, whatever the order written.
  const boundaries = new Map<number, { start?: Field; end?: Field }>()
  for (const field of readFields(nodes, extraction.source)) {
    const boundary = /^phase (\d+) (start|end)(?: time)?$/.exec(field.key)
    if (boundary) {
      const phase = Number(boundary[1])
      const fields = boundaries.get(phase) ?? {}
      fields[boundary[2] as 'start' | 'end'] ??= field
      boundaries.set(phase, fields)
    } else if (field.key === 'total duration' || field.key === 'actual duration') {
      const total = readDuration(field, extraction, '/progressTracking/totalDuration')
      if (total) tracking.totalDuration = total
    }
  }
  tracking.phases = [...boundaries.keys()]
    .sort((a, b) => a - b)
    .map((phase, index) => {
      const entry: ProgressTracking['phases'][number] = { phase }
      for (const end of ['start', 'end'] as const) {
        const value = readTimestamp(
          boundaries.get(phase)?.[end],
          extraction,
          `/progressTracking/phases/${index}/${end}`
        )
        if (value) entry[end] = value
      }
      return entry
    })
  return tracking.phases.length > 0 || tracking.totalDuration ? tracking : undefined
}

function readFinalStatus(
  nodes: RootContent[],
  header: ReturnType<typeof readHeader>,
  extraction: Extraction
): ExecutionPlan['finalStatus'] {
  const fields = new Map(readFields(nodes, extraction.source).map((field) => [field.key, field]))
  for (const [key, field] of header) if (!fields.has(key)) fields.set(key, field)
  const lessons = pick(fields, 'lessons learned', 'lessons')
  const status: NonNullable<ExecutionPlan['finalStatus']> = {
    completionStatus: readStatus(
      pick(fields, 'completion status', 'status'),
      extraction,
      '/finalStatus/completionStatus'
    ),
    successRate: readPercent(pick(fields, 'success rate'), extraction, '/finalStatus/successRate'),
    qualityScore: readScore(
      pick(fields, 'quality score', 'quality'),
      extraction,
      '/finalStatus/qualityScore'
    ),
    lessonsLearned: lessons ? fieldList(lessons) : undefined
  }
  if (lessons) extraction.at('/finalStatus/lessonsLearned', lessons.place)
  return dropEmpty(status)
}

function sectionText(section: Section | undefined): string | undefined {
  const text = section?.nodes
    .filter((node) => node.type === 'paragraph')
    .map((node) => toString(node))
    .join('\n\n')
    .trim()
  return text || undefined
}

function htmlCommentId(tree: Root): string | undefined {
  for (const node of tree.children) {
    const match = node.type === 'html' ? /plan[-_ ]?id\s*[:=]\s*([\w.-]+)/i.exec(node.value) : null
    if (match?.[1]) return match[1]
  }
  return undefined
}
