import type { Root, RootContent } from 'mdast'
import type { Extraction } from '../../Extraction.js'
import { normalizeAgent } from '../../normalize/normalizeAgent.js'
import { collectTasks } from '../../tree/collectTasks.js'
import { fieldList } from '../../tree/fieldList.js'
import type { Field } from '../../tree/readFields.js'
import { readTimestamp } from '../fieldReaders.js'
import { pick, readHeader } from '../readHeader.js'
import { readAgent } from '../readIdentityFields.js'
import type { DialectReading } from './dialectDocument.js'
import { sectionNodes } from './sectionNodes.js'
import { sectionTexts } from './sectionTexts.js'
import { statedStatus } from './statedStatus.js'

/**
 * A Backlog.md task file: front matter `id`, `title`, `status` (To Do, In
 * Progress, Done), `assignee`, `labels`, `created_date`; the acceptance
 * criteria between `<!-- AC:BEGIN -->` and `<!-- AC:END -->` (ordinary list
 * items: an HTML comment wraps nothing in Markdown), the Definition of Done
 * between `<!-- DOD:BEGIN -->` and `<!-- DOD:END -->`, the Description, the
 * Implementation Plan and Notes. A task states its status: it is a plan, and
 * its assignee, when an agent, is the plan's agent.
 */
export function readBacklogMd(tree: Root, extraction: Extraction): DialectReading {
  const header = readHeader(tree, extraction)
  const assignee = listOf(pick(header, 'assignee', 'assignees'))
  const labels = listOf(pick(header, 'labels'))
  const criteriaNodes =
    between(tree.children, 'AC') ?? sectionNodes(tree, 'acceptance criteria') ?? []
  const successCriteria = collectTasks(criteriaNodes, extraction, '/successCriteria')
  const done = between(tree.children, 'DOD') ?? sectionNodes(tree, 'definition of done')
  const tasks = done ? collectTasks(done, extraction, '/tasks') : undefined
  for (const task of [...successCriteria, ...(tasks ?? [])]) {
    const id = /^#(\d+)\s/.exec(task.text)?.[1]
    if (id) task.id = id
  }
  const statusField = pick(header, 'status')
  const status = statedStatus(statusField?.text)
  if (status && statusField) extraction.at('/finalStatus/completionStatus', statusField.place)
  const agentField = agentOf(pick(header, 'assignee', 'assignees'), assignee, extraction)
  const agent = agentField ? readAgent(agentField, extraction) : undefined
  const created = pick(header, 'created date', 'created')
  const startTime = created ? readTimestamp(created, extraction, '/startTime') : undefined
  const title = pick(header, 'title')
  if (title) extraction.at('/title', title.place)
  const id = pick(header, 'id')
  if (id) extraction.at('/identity/planId', id.place)
  return {
    dialect: 'backlog-md',
    isPlan: true,
    ...(title?.text ? { title: title.text } : {}),
    ...(id?.text ? { planId: id.text } : {}),
    ...(status ? { status } : {}),
    ...(agent ? { agent } : {}),
    ...(assignee.length > 0 ? { assignee } : {}),
    ...(labels.length > 0 ? { labels } : {}),
    ...(startTime ? { startTime } : {}),
    ...(sectionTexts(sectionNodes(tree, 'description'))
      ? { mission: sectionTexts(sectionNodes(tree, 'description'))?.join('\n\n') }
      : {}),
    successCriteria,
    ...(tasks ? { tasks } : {}),
    notes: {
      implementationPlan: sectionTexts(sectionNodes(tree, 'implementation plan')),
      implementationNotes: sectionTexts(sectionNodes(tree, 'implementation notes', 'notes'))
    }
  }
}

/** The nodes between `<!-- NAME:BEGIN -->` and `<!-- NAME:END -->` at the top level, or undefined. */
function between(nodes: readonly RootContent[], name: string): RootContent[] | undefined {
  const marker = (node: RootContent, end: string) =>
    node.type === 'html' && new RegExp(`<!--\\s*${name}:${end}\\s*-->`, 'i').test(node.value)
  const start = nodes.findIndex((node) => marker(node, 'BEGIN'))
  if (start === -1) return undefined
  const stop = nodes.findIndex((node, index) => index > start && marker(node, 'END'))
  return nodes.slice(start + 1, stop === -1 ? undefined : stop)
}

function listOf(field: Field | undefined): string[] {
  if (!field) return []
  return fieldList(field)
    .map((entry) => entry.replace(/^@/, '').trim())
    .filter(Boolean)
}

/**
 * The assignee that is the plan's agent: with configured agents, the first
 * assignee that is one of them (people are assignees too, not agents); with
 * none configured, the first assignee.
 */
function agentOf(
  field: Field | undefined,
  assignee: readonly string[],
  extraction: Extraction
): Field | undefined {
  if (!field) return undefined
  const aliases = extraction.config.agents
  const configured = Object.keys(aliases).length > 0
  const chosen = configured
    ? assignee.find((name) => Object.hasOwn(aliases, normalizeAgent(name, aliases)))
    : assignee[0]
  return chosen ? { ...field, text: chosen, markdown: chosen } : undefined
}
