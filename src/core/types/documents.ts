import type { AgentReview, Checklist, ExecutionPlan, PlanAnalysis, Prompt } from './generated.js'

/** A document that satisfies its schema. */
export type PlanmarkDocument = ExecutionPlan | PlanAnalysis | AgentReview | Prompt | Checklist

/** The kinds of document planmark reads. */
export type DocumentKind = PlanmarkDocument['kind']

/**
 * What extraction produced: the fields that could be read. It is a
 * `PlanmarkDocument` once schema validation passed (`ParsedDocument.valid`).
 */
export type ExtractedDocument = {
  [K in PlanmarkDocument as K['kind']]: Partial<K> &
    Pick<K, 'kind' | 'identity' | 'checkboxes' | 'schemaVersion'>
}[DocumentKind]
