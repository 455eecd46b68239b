import { round } from '../stats/round.js'
import type { ExtractedDocument } from '../types/documents.js'
import type { Duration } from '../types/generated.js'

type PlanDraft = Extract<ExtractedDocument, { kind: 'plan' }>

/**
 * Actual minutes, only from a complete measurement: the sum of the phases'
 * spans when every phase has both timestamps, else the stated Total
 * Duration. One timed phase of three is not the plan's time.
 */
export function actualMinutes(plan: PlanDraft): number | undefined {
  const timings = plan.progressTracking?.phases ?? []
  const spans = new Map<number, number>()
  for (const timing of timings) {
    if (!timing.start || !timing.end) continue
    const minutes = (Date.parse(timing.end) - Date.parse(timing.start)) / 60000
    if (minutes >= 0) spans.set(timing.phase, (spans.get(timing.phase) ?? 0) + minutes)
  }
  const phases = (plan.phases ?? []).map((phase) => phase.number)
  const everyPhaseTimed =
    spans.size > 0 &&
    (phases.length > 0
      ? phases.every((phase) => spans.has(phase))
      : timings.every((timing) => spans.has(timing.phase)))
  if (everyPhaseTimed)
    return round(
      [...spans.values()].reduce((sum, minutes) => sum + minutes, 0),
      2
    )
  const total = plan.progressTracking?.totalDuration
  return total ? midpoint(total) : undefined
}

/** The middle of a duration range, in minutes. */
export function midpoint(duration: Duration): number {
  return round((duration.minMinutes + duration.maxMinutes) / 2, 2)
}
