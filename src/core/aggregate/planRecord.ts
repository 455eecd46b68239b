import type { VFileMessage } from 'vfile-message'
import { severityOf } from '../findingOf.js'
import { walkTasks } from '../rules/walkTasks.js'
import { actualMinutes, midpoint } from './actualMinutes.js'
import { evidenceLevel } from '../evidence/evidenceLevel.js'
import type { PlanEvidence } from '../evidence/planEvidence.js'
import { planProgress } from './planProgress.js'
import { round } from '../stats/round.js'
import type { ExtractedDocument } from '../types/documents.js'
import type {
  ClaimedStatus,
  PlanHistory,
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
 * self-reported and reviewer quality, its findings, and what git shows of it
 * (`evidence`): the agent when the document names none, measured minutes,
 * its history and its outcome level (`status.evidence`).
 */
export function planRecord(
  plan: PlanDraft,
  messages: readonly VFileMessage[],
  reviews: readonly Review[],
  evidence?: PlanEvidence
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
  const own = walkTasks(plan.tasks, '').map(({ task }) => task)
  const claimed: ClaimedStatus = plan.finalStatus?.completionStatus ?? 'unknown'
  const verified = verifiedOutcome(claimed, [...criteria, ...steps, ...own], reviewer)
  const record: PlanRecord = {
    path: plan.identity.path,
    dialect: plan.dialect ?? 'planmark',
    title: plan.title ?? plan.identity.path,
    prompts: (plan.prompts ?? []).map(({ id, version }) => (version ? `${id}@${version}` : id)),
    status: {
      claimed,
      verified,
      evidence: evidenceLevel({ claimed, verified }, undefined),
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
  if (plan.agent) {
    record.agent = plan.agent
    record.agentSource = 'document'
  }
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
  return evidence ? withEvidence(record, evidence) : record
}

/**
 * A plan's record (built without evidence) with what git shows of it: the
 * agent when the document names none, measured minutes, its history and the
 * outcome level that history decides. A new record; `record` is left as it
 * was, so the check's records can be reused for the analytics.
 */
export function withEvidence(record: PlanRecord, evidence: PlanEvidence): PlanRecord {
  const history = planHistory(evidence)
  const result: PlanRecord = {
    ...record,
    status: { ...record.status, evidence: evidenceLevel(record.status, history) },
    history
  }
  if (!record.agent && evidence.attribution) {
    result.agent = evidence.attribution.agent
    result.agentSource = evidence.attribution.source
    result.agentCommit = evidence.attribution.commit
  }
  const measured = evidence.timeline?.measuredMinutes
  if (measured !== undefined) result.measuredMinutes = measured
  return result
}

/** The history facts plans.json records, from the evidence git gave. */
function planHistory(evidence: PlanEvidence): PlanHistory {
  const history: PlanHistory = { commits: evidence.commits }
  const timeline = evidence.timeline
  if (timeline?.created) history.created = timeline.created
  if (timeline && timeline.ticks.length > 0) history.ticks = timeline.ticks
  if (timeline?.completed) history.completed = timeline.completed
  if (evidence.reachedDefaultBranch !== undefined)
    history.reachedDefaultBranch = evidence.reachedDefaultBranch
  if (evidence.revertedBy) history.revertedBy = evidence.revertedBy
  if (evidence.pull) history.pull = evidence.pull
  return history
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
