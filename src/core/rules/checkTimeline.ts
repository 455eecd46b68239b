import type { Extraction } from '../Extraction.js'
import type { ExtractedDocument } from '../types/documents.js'

/**
 * `phase-end-before-start` and `duration-mismatch`: the Progress Tracking
 * timestamps must be ordered, and the stated Total Duration must agree with
 * the time the phases span (within 10% or 5 minutes).
 */
export function checkTimeline(
  plan: Extract<ExtractedDocument, { kind: 'plan' }>,
  extraction: Extraction
): void {
  const tracking = plan.progressTracking
  if (!tracking) return
  let spanned = 0
  let timed = 0
  tracking.phases.forEach((phase, index) => {
    if (!phase.start || !phase.end) return
    const minutes = (Date.parse(phase.end) - Date.parse(phase.start)) / 60000
    if (minutes < 0) {
      extraction.report(
        'phase-end-before-start',
        extraction.placeOf(`/progressTracking/phases/${index}/end`),
        `Expected phase ${phase.phase} to end after it starts (${phase.start}), found ${phase.end}`,
        {
          expected: `after ${phase.start}`,
          actual: phase.end
        }
      )
      return
    }
    spanned += minutes
    timed++
  })
  const total = tracking.totalDuration
  if (!total || timed === 0) return
  const slack = Math.max(5, 0.1 * spanned)
  if (spanned >= total.minMinutes - slack && spanned <= total.maxMinutes + slack) return
  extraction.report(
    'duration-mismatch',
    extraction.placeOf('/progressTracking/totalDuration'),
    `Expected a total duration near ${Math.round(spanned)} minutes (the phase timestamps), found \`${total.text}\``,
    { expected: `${Math.round(spanned)} minutes`, actual: total.text }
  )
}
