import { mean } from '../stats/mean.js'
import { distribution } from '../stats/distribution.js'
import { rate } from '../stats/rate.js'
import type { AgentMetrics, PlanRecord } from '../types/generated.js'
import { compareText } from './analysedPlans.js'
import { estimateCalibration } from './estimateCalibration.js'
import { evidencedRate } from './evidencedRate.js'
import { finishedMinutes } from './finishedMinutes.js'
import { isFinished } from './isFinished.js'
import { usage } from './usage.js'
import { verifiedRate } from './verifiedRate.js'

/** Per-agent metrics (docs/metrics.md), sorted by agent; plans without an agent are left out. */
export function agentPerformance(records: readonly PlanRecord[]): AgentMetrics[] {
  const agents = [
    ...new Set(records.flatMap((record) => (record.agent ? [record.agent] : [])))
  ].sort(compareText)
  return agents.map((agent) => {
    const own = records.filter((record) => record.agent === agent)
    const byStatus: Record<string, number> = {}
    for (const record of own)
      byStatus[record.status.claimed] = (byStatus[record.status.claimed] ?? 0) + 1
    const closed = own.filter(isFinished)
    const calibration = estimateCalibration(closed)
    const byRule: Record<string, number> = {}
    for (const finding of own.flatMap((record) => record.findings))
      byRule[finding.ruleId] = (byRule[finding.ruleId] ?? 0) + 1
    const categories = [
      ...new Set(own.flatMap((record) => (record.category ? [record.category] : [])))
    ].sort(compareText)
    return {
      agent,
      plans: own.length,
      byStatus,
      claimed: rate(
        closed.filter((record) => record.status.claimed === 'completed').length,
        closed.length
      ),
      verified: verifiedRate(own),
      evidenced: evidencedRate(own),
      unverifiable: own.filter((record) => record.status.verified === 'unverifiable').length,
      quality: {
        self: mean(
          own.flatMap((record) => (record.quality.self === undefined ? [] : [record.quality.self]))
        ),
        reviewer: mean(
          own.flatMap((record) =>
            record.quality.reviewer === undefined ? [] : [record.quality.reviewer]
          )
        ),
        calibrationGap: mean(
          own.flatMap((record) =>
            record.quality.self === undefined || record.quality.reviewer === undefined
              ? []
              : [record.quality.self - record.quality.reviewer]
          )
        )
      },
      estimateAccuracy: calibration,
      durationMinutes: distribution(finishedMinutes(own)),
      usage: usage(own),
      findings: { total: own.reduce((sum, record) => sum + record.findings.length, 0), byRule },
      categories: categories.map((category) => {
        const inCategory = own.filter((record) => record.category === category)
        return { category, plans: inCategory.length, verified: verifiedRate(inCategory) }
      })
    }
  })
}
