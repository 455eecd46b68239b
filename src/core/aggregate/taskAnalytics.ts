import { distribution } from '../stats/distribution.js'
import type { CategoryBands, CategoryMetrics, PlanRecord } from '../types/generated.js'
import { compareText, type AnalysedPlan } from './analysedPlans.js'
import { estimateCalibration } from './estimateCalibration.js'
import { finishedMinutes } from './finishedMinutes.js'
import { isFinished } from './isFinished.js'
import { usage } from './usage.js'
import { recommend } from './recommend.js'
import { verifiedRate } from './verifiedRate.js'

const complexities = ['all', 'high', 'low', 'medium'] as const

/**
 * Per task category × complexity (and `all` complexities): verified success,
 * actual duration against the category's expected band, the recommended agent
 * and the most frequent risks. Sorted by category, then complexity.
 */
export function taskAnalytics(
  plans: readonly AnalysedPlan[],
  categories: Readonly<Record<string, CategoryBands>>,
  minSamples: number
): CategoryMetrics[] {
  const names = [
    ...new Set(plans.flatMap(({ record }) => (record.category ? [record.category] : [])))
  ].sort(compareText)
  return names.flatMap((category) =>
    complexities.flatMap((complexity): CategoryMetrics[] => {
      const scope = plans.filter(
        ({ record }) =>
          record.category === category && (complexity === 'all' || record.complexity === complexity)
      )
      if (scope.length === 0) return []
      const records = scope.map(({ record }) => record)
      const band =
        complexity === 'all' || !Object.hasOwn(categories, category)
          ? undefined
          : categories[category]?.[complexity]
      return [
        {
          category,
          complexity,
          plans: records.length,
          verified: verifiedRate(records),
          durationMinutes: distribution(finishedMinutes(records)),
          estimateAccuracy: estimateCalibration(records.filter(isFinished)),
          usage: usage(records),
          expectedMinutes: band ?? null,
          band: bandCounts(records, band),
          recommendation: recommend(records, {
            category,
            ...(complexity === 'all' ? {} : { complexity }),
            minSamples
          }),
          frequentRisks: frequentRisks(scope)
        }
      ]
    })
  )
}

function bandCounts(
  records: readonly PlanRecord[],
  band: CategoryMetrics['expectedMinutes'] | undefined
): CategoryMetrics['band'] {
  const counts = { below: 0, within: 0, above: 0 }
  if (!band) return counts
  for (const minutes of finishedMinutes(records)) {
    if (minutes < band.min) counts.below++
    else if (band.max !== undefined && minutes > band.max) counts.above++
    else counts.within++
  }
  return counts
}

/** The three risks named most often (case-insensitively), most frequent first. */
function frequentRisks(plans: readonly AnalysedPlan[]): CategoryMetrics['frequentRisks'] {
  const counts = new Map<string, { risk: string; count: number }>()
  for (const risk of plans.flatMap((plan) => plan.risks)) {
    const key = risk.toLowerCase().replace(/\s+/g, ' ').trim()
    if (!key) continue
    const entry = counts.get(key) ?? { risk, count: 0 }
    entry.count++
    counts.set(key, entry)
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || compareText(a.risk, b.risk))
    .slice(0, 3)
}
