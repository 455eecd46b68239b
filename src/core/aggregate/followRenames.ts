import type { AnalysedPlan } from './analysedPlans.js'

/**
 * Plans as they were, under the paths they have now (`renames`: old path →
 * new path), so a moved plan is compared with itself, not counted as one
 * removed and one new.
 */
export function followRenames(
  plans: readonly AnalysedPlan[],
  renames: ReadonlyMap<string, string>
): AnalysedPlan[] {
  return plans.map((plan) => {
    const path = renames.get(plan.record.path)
    return path ? { ...plan, record: { ...plan.record, path } } : plan
  })
}
