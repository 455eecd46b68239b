import type { Root, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Extraction } from '../Extraction.js'
import { normalizeLevel } from '../normalize/normalizeLevel.js'
import { collectTasks } from '../tree/collectTasks.js'
import { countCheckboxes } from '../tree/countCheckboxes.js'
import { fieldList } from '../tree/fieldList.js'
import { readFields, type Field } from '../tree/readFields.js'
import { readTables } from '../tree/readTables.js'
import { splitSections, type Section } from '../tree/splitSections.js'
import type {
  DocumentIdentity,
  ExecutionPlan,
  ProgressTracking,
  Risk,
  TokenCounts
} from '../types/generated.js'
import {
  readCost,
  readDuration,
  readLevel,
  readPercent,
  readScore,
  readStatus,
  readTimestamp,
  readTokenCount,
  readTokenPair
} from './fieldReaders.js'
import { dropEmpty } from './dropEmpty.js'
import { readPhases } from './readPhases.js'
import { pick, readHeader } from './readHeader.js'
import { readAgent, readCategory } from './readIdentityFields.js'
import { readTitle } from './readTitle.js'

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
    dialect: 'planmark',
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
    phases: readPhases(tree.children, extraction),
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
    checkboxes: countCheckboxes(tree.children, extraction.source),
    tokens: readTokens(header, extraction),
    cost: readCost(pick(header, 'cost', 'total cost'), extraction, '/cost')
  }
  return dropEmpty(plan)
}

/** Tokens from `Input Tokens` / `Output Tokens`, or one `Tokens: 12,000 in / 3,000 out`; the separate fields win. */
function readTokens(
  header: ReturnType<typeof readHeader>,
  extraction: Extraction
): TokenCounts | undefined {
  const pair = readTokenPair(pick(header, 'tokens', 'token usage'), extraction, '/tokens') ?? {}
  const input = readTokenCount(
    pick(header, 'input tokens', 'tokens in', 'prompt tokens'),
    extraction,
    '/tokens/input'
  )
  const output = readTokenCount(
    pick(header, 'output tokens', 'tokens out', 'completion tokens'),
    extraction,
    '/tokens/output'
  )
  const tokens: TokenCounts = { ...pair }
  if (input !== undefined) tokens.input = input
  if (output !== undefined) tokens.output = output
  return Object.keys(tokens).length > 0 ? tokens : undefined
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
    if (boundary && !(Number(boundary[1]) < 1e15)) {
      extraction.report(
        'invalid-value',
        field.place,
        `Expected a phase number of at most 15 digits, found ${boundary[1]?.length} digits; the field is not read`,
        { expected: 'a phase number of at most 15 digits', actual: `${boundary[1]?.length} digits` }
      )
    } else if (boundary) {
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
