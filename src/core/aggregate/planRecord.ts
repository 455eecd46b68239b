import type { VFileMessage } from 'vfile-message'
import { severityOf } from '../findingOf.js'
import { walkTasks } from '../rules/walkTasks.js'
import { planProgress } from './planProgress.js'
import { round } from '../stats/round.js'
import type { ExtractedDocument } from '../types/documents.js'
import type {
  ClaimedStatus,
  Duration,
  PlanRecord,
  Task,
  VerifiedOutcome
} from '../types/generated.js'

type PlanDraft = Extract<ExtractedDocument, { kind: 'plan' }>

const openStatuses = new Set<ClaimedStatus>(['in_progress', 'blocked', 'unknown'])
const verdictOrder = ['failure', 'partial', 'success'] as const

/** What one analysis says of a plan: its overall quality score and its verdict. */
export interface Review {
  score?: number
  verdict?: (typeof verdictOrder)[number]
}

/**
 * One plan as the analytics see it (docs/metrics.md): its progress, its
 * claimed status and the verified outcome (a reviewer's partial or failing
 * verdict outranks the plan's own boxes), estimated and actual minutes,
 * self-reported and reviewer quality, and its findings.
 */
export function planRecord(
  plan: PlanDraft,
  messages: readonly VFileMessage[],
  reviews: readonly Review[]
): PlanRecord {
  const reviewerScores = reviews.flatMap((review) =>
    review.score === undefined ? [] : [review.score]
  )
  const reviewer = verdictOrder.find((verdict) =>
    reviews.some((review) => review.verdict === verdict)
  )
  const criteria = walkTasks(plan.successCriteria, '').map(({ task }) => task)
  const steps = (plan.phases ?? []).flatMap((phase) =>
    walkTasks(phase.steps, '').map(({ task }) => task)
  )
  const claimed: ClaimedStatus = plan.finalStatus?.completionStatus ?? 'unknown'
  const record: PlanRecord = {
    path: plan.identity.path,
    title: plan.title ?? plan.identity.path,
    prompts: (plan.prompts ?? []).map(({ id, version }) => (version ? `${id}@${version}` : id)),
    status: {
      claimed,
      verified: verifiedOutcome(claimed, [...criteria, ...steps], reviewer),
      ...(reviewer ? { reviewer } : {})
    },
    progress: planProgress(plan),
    quality: {},
    findings: messages.flatMap((message) =>
      message.ruleId
        ? [
            {
              ruleId: message.ruleId,
              severity: severityOf(message),
              line: message.line ?? 1,
              column: message.column ?? 1,
              message: message.reason
            }
          ]
        : []
    )
  }
  if (plan.identity.blobId) record.blobId = plan.identity.blobId
  if (plan.identity.planId) record.planId = plan.identity.planId
  if (plan.agent) record.agent = plan.agent
  if (plan.taskCategory) record.category = plan.taskCategory
  if (plan.complexity) record.complexity = plan.complexity
  if (plan.startTime) record.startTime = plan.startTime
  const ends = (plan.progressTracking?.phases ?? [])
    .flatMap((phase) => (phase.end ? [phase.end] : []))
    .sort()
  if (ends.length > 0) record.endTime = ends[ends.length - 1] as string
  if (plan.estimatedDuration) record.estimatedMinutes = midpoint(plan.estimatedDuration)
  const actual = actualMinutes(plan)
  if (actual !== undefined) record.actualMinutes = actual
  if (plan.tokens) record.tokens = plan.tokens
  if (plan.cost) record.cost = plan.cost
  if (plan.finalStatus?.qualityScore !== undefined)
    record.quality.self = plan.finalStatus.qualityScore
  if (reviewerScores.length > 0)
    record.quality.reviewer = round(
      reviewerScores.reduce((a, b) => a + b, 0) / reviewerScores.length
    )
  return record
}

function verifiedOutcome(
  claimed: ClaimedStatus,
  tasks: readonly Task[],
  reviewer: Review['verdict']
): VerifiedOutcome {
  if (openStatuses.has(claimed)) return 'open'
  if (reviewer === 'failure' || reviewer === 'partial') return 'failure'
  if (tasks.length === 0) return 'unverifiable'
  return claimed === 'completed' && tasks.every((task) => task.state === 'checked')
    ? 'success'
    : 'failure'
}

/**
 * Actual minutes, only from a complete measurement: the sum of the phases'
 * spans when every phase has both timestamps, else the stated Total
 * Duration. One timed phase of three is not the plan's time.
 */
function actualMinutes(plan: PlanDraft): number | undefined {
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

function midpoint(duration: Duration): number {
  return round((duration.minMinutes + duration.maxMinutes) / 2, 2)
}
