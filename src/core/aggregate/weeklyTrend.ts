import { distribution } from '../stats/distribution.js'
import { probabilityGreater } from '../stats/probabilityGreater.js'
import { round } from '../stats/round.js'
import type { PlanRecord, Rate } from '../types/generated.js'
import { compareText } from './analysedPlans.js'
import { finishedMinutes } from './finishedMinutes.js'
import { isFinished } from './isFinished.js'
import { verdictThreshold } from './recommend.js'
import { verifiedRate } from './verifiedRate.js'

/** The plans as they were at the end of one ISO week. */
export interface WeekState {
  week: string
  records: readonly PlanRecord[]
}

/** One week of a series: the plans finished that week, their verified success and median minutes. */
export interface WeekPoint {
  week: string
  finished: number
  verified: Rate
  medianMinutes: number | null
}

/** An agent's or a category's weekly series and its recent window against the earlier one. */
export interface TrendSeries {
  name: string
  weeks: WeekPoint[]
  recent: Rate
  earlier: Rate
  /** P(earlier rate > recent rate) under the Beta posteriors; null when a window has no verifiable plan. */
  probabilityWorse: number | null
  /** Whether the recent weeks sit below the earlier ones with probability ≥ verdictThreshold. */
  regression: boolean
}

/** What `weeklyTrend` computes. */
export interface WeeklyTrend {
  /** Every plan, per week. */
  overall: WeekPoint[]
  agents: TrendSeries[]
  categories: TrendSeries[]
}

/** The recent window of the regression test, in weeks (docs/metrics.md, Trends). */
export const recentWeeks = 4

/**
 * Weekly series from the plans at the end of consecutive weeks (oldest first;
 * the first state is the baseline before the series starts): a plan counts in
 * the week it became finished, so the series holds weekly counts, never
 * running totals. Per agent and category, the last `recentWeeks` weeks are
 * compared with the weeks before: a regression is flagged when the earlier
 * success rate is higher with probability ≥ 0.95 (the Beta posteriors of
 * probabilityGreater, as for recommendations).
 */
export function weeklyTrend(states: readonly WeekState[]): WeeklyTrend {
  const finishedByWeek = states.slice(1).map((state, index) => {
    const before = new Map(
      (states[index]?.records ?? []).map((record) => [record.path, record] as const)
    )
    const previous = (record: PlanRecord) => before.get(record.path)
    return {
      week: state.week,
      records: state.records.filter((record) => {
        const earlier = previous(record)
        return isFinished(record) && (earlier === undefined || !isFinished(earlier))
      })
    }
  })
  const series = (key: (record: PlanRecord) => string | undefined): TrendSeries[] => {
    const names = [
      ...new Set(
        finishedByWeek.flatMap(({ records }) =>
          records.flatMap((record) => {
            const name = key(record)
            return name === undefined ? [] : [name]
          })
        )
      )
    ].sort(compareText)
    return names.map((name) =>
      trendSeries(
        name,
        finishedByWeek.map(({ week, records }) => ({
          week,
          records: records.filter((record) => key(record) === name)
        }))
      )
    )
  }
  return {
    overall: finishedByWeek.map(({ week, records }) => point(week, records)),
    agents: series((record) => record.agent),
    categories: series((record) => record.category)
  }
}

function point(week: string, records: readonly PlanRecord[]): WeekPoint {
  return {
    week,
    finished: records.length,
    verified: verifiedRate(records),
    medianMinutes: distribution(finishedMinutes(records)).median
  }
}

function trendSeries(name: string, weeks: readonly WeekState[]): TrendSeries {
  const split = Math.max(0, weeks.length - recentWeeks)
  const recent = verifiedRate(weeks.slice(split).flatMap(({ records }) => records))
  const earlier = verifiedRate(weeks.slice(0, split).flatMap(({ records }) => records))
  const probability = recent.n > 0 && earlier.n > 0 ? probabilityGreater(earlier, recent) : null
  return {
    name,
    weeks: weeks.map(({ week, records }) => point(week, records)),
    recent,
    earlier,
    probabilityWorse: probability === null ? null : round(probability),
    regression: probability !== null && probability >= verdictThreshold
  }
}
