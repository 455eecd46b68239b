import type { ParsedDocument } from '../parseDocument.js'
import type { PlanEvidence } from '../evidence/planEvidence.js'
import type { PlanRecord } from '../types/generated.js'
import { planRecord, withEvidence, type Review } from './planRecord.js'
import { tickedBoxes } from './tickedBoxes.js'

/** A plan's record and the facts the aggregates need beyond it. */
export interface AnalysedPlan {
  record: PlanRecord
  /** The risks its Risk Assessment names, as written. */
  risks: string[]
  /** Its ticked boxes, named by section and text (`tickedBoxes`). */
  tickedBoxes: string[]
}

/**
 * Builds the record of every plan, with the reviewer quality of the analyses
 * that name it (by path or plan id; a link to where a plan was before it was
 * moved, per `moves`, names it too) and what git shows of it (`evidence`, by
 * path). Sorted by path. `built`: these documents' plans as built without
 * moves or evidence (`CheckResult.plans`, with the same messages), reused
 * with their evidence added rather than built again; only a plan that a move
 * gives a review of its old path is built again.
 */
export function analysedPlans(
  documents: readonly ParsedDocument[],
  moves: ReadonlyMap<string, string> = new Map(),
  evidence: ReadonlyMap<string, PlanEvidence> = new Map(),
  built: readonly AnalysedPlan[] = []
): AnalysedPlan[] {
  const reviews = new Map<string, Review[]>()
  const reviewedThroughMoves = new Set<string>()
  const planPaths = new Set(
    documents.flatMap(({ document }) => (document.kind === 'plan' ? [document.identity.path] : []))
  )
  for (const { document } of documents) {
    if (document.kind !== 'analysis' || !document.planRef) continue
    const path = document.planRef.path
    // A plan at the linked path is the one meant; else the plan that moved from there.
    const moved = path && !planPaths.has(path) ? moves.get(path) : undefined
    if (moved) reviewedThroughMoves.add(moved)
    const key = path ? (moved ?? path) : `id:${document.planRef.planId}`
    reviews.set(key, [
      ...(reviews.get(key) ?? []),
      {
        ...(document.quality?.overall ? { score: document.quality.overall.score } : {}),
        ...(document.overallSuccess ? { verdict: document.overallSuccess } : {})
      }
    ])
  }
  const reusable = new Map(built.map((plan) => [plan.record.path, plan]))
  return documents
    .flatMap(({ document, file }) => {
      if (document.kind !== 'plan') return []
      const found = evidence.get(document.identity.path)
      const reused = reviewedThroughMoves.has(document.identity.path)
        ? undefined
        : reusable.get(document.identity.path)
      if (reused)
        return [found ? { ...reused, record: withEvidence(reused.record, found) } : reused]
      const own = [
        ...(reviews.get(document.identity.path) ?? []),
        ...(document.identity.planId ? (reviews.get(`id:${document.identity.planId}`) ?? []) : [])
      ]
      const record = planRecord(document, file.messages, own, found)
      return [
        {
          record,
          risks: (document.risks ?? []).map((risk) => risk.risk),
          tickedBoxes: tickedBoxes(document, record.progress)
        }
      ]
    })
    .sort((a, b) => compareText(a.record.path, b.record.path))
}

/** Orders strings by UTF-16 code units, the same on every machine and locale. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
