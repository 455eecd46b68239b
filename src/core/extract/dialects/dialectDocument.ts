import type { Root } from 'mdast'
import type { Extraction } from '../../Extraction.js'
import type { ExtractedDocument } from '../../types/documents.js'
import type {
  DocumentIdentity,
  ExecutionPlan,
  Phase,
  Status,
  Task,
  Timestamp
} from '../../types/generated.js'
import { dropEmpty } from '../dropEmpty.js'
import { extractChecklist } from '../extractChecklist.js'
import type { AgentDialect } from './detectDialect.js'

/** What a dialect reader found in a document, before it becomes a plan or a checklist. */
export interface DialectReading {
  dialect: AgentDialect
  /** Whether the document states a status or an outcome: then it is a plan. */
  isPlan: boolean
  title?: string
  planId?: string
  status?: Status
  agent?: string
  assignee?: string[]
  labels?: string[]
  startTime?: Timestamp
  mission?: string
  successCriteria?: Task[]
  phases?: Phase[]
  tasks?: Task[]
  notes?: ExecutionPlan['notes']
}

/**
 * Turns a dialect's reading into the document planmark checks: a plan
 * (`kind: plan`, its `dialect`, its stated status as the Final Status) when
 * the document states a status or an outcome, else a checklist with the
 * dialect's phases and tasks. Checkboxes are counted as everywhere else.
 */
export function dialectDocument(
  reading: DialectReading,
  tree: Root,
  identity: DocumentIdentity,
  extraction: Extraction
): ExtractedDocument {
  const checklist = extractChecklist(tree, identity, extraction)
  if (!reading.isPlan) {
    return dropEmpty({
      schemaVersion: 1,
      kind: 'checklist',
      identity,
      dialect: reading.dialect,
      ...(reading.title
        ? { title: reading.title }
        : checklist.title
          ? { title: checklist.title }
          : {}),
      sections: checklist.sections,
      phases: reading.phases,
      tasks: reading.tasks,
      checkboxes: checklist.checkboxes
    }) as ExtractedDocument
  }
  const plan: Partial<ExecutionPlan> = {
    schemaVersion: 1,
    kind: 'plan',
    identity: reading.planId ? { ...identity, planId: reading.planId } : identity,
    dialect: reading.dialect,
    title: reading.title ?? checklist.title ?? identity.path,
    agent: reading.agent,
    assignee: reading.assignee,
    labels: reading.labels,
    startTime: reading.startTime,
    mission: reading.mission,
    successCriteria: reading.successCriteria ?? [],
    phases: reading.phases ?? [],
    tasks: reading.tasks,
    finalStatus: reading.status ? { completionStatus: reading.status } : undefined,
    notes: reading.notes ? dropEmpty(reading.notes) : undefined,
    checkboxes: checklist.checkboxes
  }
  return dropEmpty(plan) as ExtractedDocument
}
