import { agentPerformance } from '../aggregate/agentPerformance.js'
import type { Analytics } from '../aggregate/aggregate.js'
import { compareText } from '../aggregate/analysedPlans.js'
import { isFinished } from '../aggregate/isFinished.js'
import { taskAnalytics } from '../aggregate/taskAnalytics.js'
import { verifiedRate } from '../aggregate/verifiedRate.js'
import type { ResolvedConfig } from '../resolveConfig.js'
import type { PlanRecord, PlansIndex, Rollup } from '../types/generated.js'

/** One repository's plans.json, its `repository` known. */
export interface RepositoryPlans {
  repository: string
  index: PlansIndex
}

/**
 * Merges several repositories' plans.json into one organisation view (pure):
 * counts per repository, and the agent and category analytics over every
 * plan with the same definitions and verdicts as one repository's. A plan is
 * named `owner/name/path`, so plans of different repositories never merge.
 * The input order does not matter. Also returns the analytics the report
 * renderer takes; prompt versions are left out, as prompt files are not in
 * plans.json.
 */
export function rollup(
  repositories: readonly RepositoryPlans[],
  config: Pick<ResolvedConfig, 'categories' | 'minSamples'>
): { rollup: Rollup; analytics: Analytics } {
  const sorted = [...repositories].sort((a, b) => compareText(a.repository, b.repository))
  const records: PlanRecord[] = sorted
    .flatMap(({ repository, index }) =>
      index.plans.map((record) => ({ ...record, path: `${repository}/${record.path}` }))
    )
    .sort((a, b) => compareText(a.path, b.path))
  const agents = agentPerformance(records)
  const categories = taskAnalytics(
    records.map((record) => ({ record, risks: [], tickedBoxes: [] })),
    config.categories,
    config.minSamples
  )
  const source = { commit: null, date: null }
  return {
    rollup: {
      schemaVersion: 1,
      repositories: sorted.map(({ repository, index }) => ({
        repository,
        source: index.source,
        plans: index.plans.length,
        finished: index.plans.filter(isFinished).length,
        open: index.plans.filter((record) => record.status.verified === 'open').length,
        verified: verifiedRate(index.plans),
        agents: [
          ...new Set(index.plans.flatMap((record) => (record.agent ? [record.agent] : [])))
        ].sort(compareText)
      })),
      agents,
      categories
    },
    analytics: {
      plans: { schemaVersion: 1, source, repository: null, plans: records },
      agentPerformance: { schemaVersion: 1, source, agents },
      taskAnalytics: { schemaVersion: 1, source, categories },
      promptEffectiveness: { schemaVersion: 1, source, prompts: [] }
    }
  }
}
