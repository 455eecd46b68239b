import { actualMinutes } from '../aggregate/actualMinutes.js'
import { sameAgent } from '../evidence/attributeAgent.js'
import type { PlanEvidence } from '../evidence/planEvidence.js'
import type { ParsedDocument } from '../parseDocument.js'
import { reportMessage } from '../reportMessage.js'
import type { ResolvedConfig } from '../resolveConfig.js'

/** A stated time may run this far ahead of the commit that recorded it (clocks drift, commits lag). */
const skewMinutes = 5
/** A claimed duration is contradicted when it exceeds twice the measured one by more than this. */
const slackMinutes = 30

/**
 * The rules that weigh a plan against its git history:
 * `agent-mismatch` when the document names an agent and its commits name
 * another; `timeline-contradicts-git` when the plan claims more minutes than
 * lie between the commits that created and completed it (more than twice,
 * and by more than half an hour), or states a phase time later than the
 * commit that first recorded it. A time stated without a zone is read as
 * UTC, so it is also compared with the author's own clock before it is
 * called impossible.
 */
export function checkGitEvidence(
  parsed: ParsedDocument,
  evidence: PlanEvidence,
  rules: ResolvedConfig['rules']
): void {
  const plan = parsed.document
  if (plan.kind !== 'plan') return
  const { file, positions } = parsed
  const attribution = evidence.attribution
  if (plan.agent && attribution && !sameAgent(plan.agent, attribution.agent))
    reportMessage(
      file,
      rules,
      'agent-mismatch',
      positions['/agent'] ?? positions[''],
      `Expected the agent git names, found \`${plan.agent}\` where commit ${attribution.commit.slice(0, 12)} names \`${attribution.agent}\` (${attribution.source})`,
      { expected: attribution.agent, actual: plan.agent }
    )
  const timeline = evidence.timeline
  if (!timeline) return
  const claimed = actualMinutes(plan)
  const measured = timeline.measuredMinutes
  if (
    claimed !== undefined &&
    measured !== undefined &&
    claimed > 2 * measured + slackMinutes &&
    plan.finalStatus?.completionStatus === 'completed'
  )
    reportMessage(
      file,
      rules,
      'timeline-contradicts-git',
      positions['/progressTracking/totalDuration'] ??
        positions['/progressTracking'] ??
        positions[''],
      `Expected at most the ${measured} minutes git measures from the commit that created the plan (${timeline.created?.commit.slice(0, 12) ?? ''}) to the one that completed it (${timeline.completed?.commit.slice(0, 12) ?? ''}), found ${claimed} minutes claimed`,
      { expected: `at most ${measured} minutes`, actual: `${claimed} minutes` }
    )
  // One finding per plan, at the first impossible time: the others follow from it.
  const impossible = (plan.progressTracking?.phases ?? []).flatMap((timing, index) =>
    (['start', 'end'] as const).flatMap((edge) => {
      const stated = timing[edge]
      const recorded = timeline.firstStated[`${timing.phase}/${edge}`]
      if (!stated || !recorded || stated.length <= 10) return []
      const committed = Date.parse(recorded.date)
      const wallClock = committed + recorded.offsetMinutes * 60000
      const latest = Math.max(committed, wallClock) + skewMinutes * 60000
      return Date.parse(stated) > latest ? [{ timing, index, edge, stated, recorded }] : []
    })
  )
  const first = impossible[0]
  if (!first) return
  const more =
    impossible.length > 1
      ? ` (and ${impossible.length - 1} more stated time${impossible.length > 2 ? 's' : ''})`
      : ''
  reportMessage(
    file,
    rules,
    'timeline-contradicts-git',
    positions[`/progressTracking/phases/${first.index}/${first.edge}`] ?? positions[''],
    `Expected phase ${first.timing.phase}'s ${first.edge} no later than the commit that recorded it (${first.recorded.commit.slice(0, 12)} at ${first.recorded.date}), found ${first.stated}${more}`,
    { expected: `at most ${first.recorded.date}`, actual: first.stated }
  )
}
