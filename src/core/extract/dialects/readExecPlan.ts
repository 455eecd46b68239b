import type { Root } from 'mdast'
import type { Extraction } from '../../Extraction.js'
import { parseTimestamp } from '../../normalize/parseTimestamp.js'
import { collectTasks } from '../../tree/collectTasks.js'
import { pick, readHeader } from '../readHeader.js'
import { readAgent } from '../readIdentityFields.js'
import type { DialectReading } from './dialectDocument.js'
import { eachTask } from './eachTask.js'
import { sectionNodes } from './sectionNodes.js'
import { sectionTexts } from './sectionTexts.js'
import { statedStatus } from './statedStatus.js'

const stamp =
  /^\(\s*(\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?\s*(?:Z|UTC|[+-]\d{2}:?\d{2})?)?)\s*\)\s*/i

/**
 * A Codex ExecPlan (PLANS.md): its Progress items, each with the timestamp it
 * carries (`- [x] (2025-10-01 13:00Z) …`, evidence of when the step was
 * done), and its living sections: Surprises & Discoveries, Decision Log,
 * Outcomes & Retrospective. It is a plan when it states a status or its
 * outcome; its start is its earliest Progress timestamp.
 */
export function readExecPlan(tree: Root, extraction: Extraction): DialectReading {
  const header = readHeader(tree, extraction)
  const tasks = collectTasks(sectionNodes(tree, 'progress') ?? [], extraction, '/tasks')
  const times: string[] = []
  eachTask(tasks, (task) => {
    const match = stamp.exec(task.text)
    const at = match?.[1] ? parseTimestamp(match[1]) : undefined
    if (at) {
      task.at = at
      times.push(at)
    }
  })
  const outcomes = sectionTexts(sectionNodes(tree, 'outcomes retrospective'))
  const statusField = pick(header, 'status')
  const status = statedStatus(statusField?.text)
  if (status && statusField) extraction.at('/finalStatus/completionStatus', statusField.place)
  const agent = readAgent(pick(header, 'agent', 'author', 'owner'), extraction)
  // Dates sort as text only against dates: compare on the date-time form.
  const start = [...times].sort((a, b) => (normal(a) < normal(b) ? -1 : 1))[0]
  return {
    dialect: 'execplan',
    isPlan: status !== undefined || outcomes !== undefined,
    ...(status ? { status } : {}),
    ...(agent ? { agent } : {}),
    ...(start ? { startTime: start } : {}),
    ...(missionOf(tree) ? { mission: missionOf(tree) } : {}),
    tasks,
    notes: {
      surprisesAndDiscoveries: sectionTexts(sectionNodes(tree, 'surprises discoveries')),
      decisionLog: sectionTexts(sectionNodes(tree, 'decision log')),
      outcomesAndRetrospective: outcomes
    }
  }
}

function missionOf(tree: Root): string | undefined {
  return sectionTexts(sectionNodes(tree, 'purpose big picture', 'purpose'))?.join('\n\n')
}

function normal(timestamp: string): string {
  return timestamp.length === 10 ? `${timestamp}T00:00:00Z` : timestamp
}
