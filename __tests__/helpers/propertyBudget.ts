import type { Parameters } from 'fast-check'

/**
 * A property's size, as a number of runs and a time budget, with the test
 * timeout that goes with it.
 *
 * A fixed run count alone makes a property's duration depend on the machine: on
 * a busy 2-core runner, 400 `cmark-gfm` processes took longer than vitest's
 * 5-second default and the suite failed for no fault of the code. Here the
 * property stops after `budgetMs` (without failing: the runs already made are
 * the evidence), and the test timeout leaves room for the slowest single run
 * after the budget, plus setup. `PROPERTY_RUNS` raises or lowers the run count
 * for a deeper local search.
 */
export interface PropertyBudget {
  /** fast-check parameters: the run count and the interruption after the budget. */
  parameters: Parameters<unknown>
  /** vitest timeout for the test that runs the property, in milliseconds. */
  timeout: number
}

/** Budget for a property: at most `runs` runs, stopped quietly after `budgetMs`. */
export function propertyBudget(runs: number, budgetMs: number): PropertyBudget {
  const numRuns = Number(process.env.PROPERTY_RUNS ?? runs)
  return {
    parameters: { numRuns, interruptAfterTimeLimit: budgetMs, markInterruptAsFailure: false },
    // The budget is checked between runs: the last run, and fast-check's
    // shrinking of a real failure, may go beyond it.
    timeout: budgetMs * 4 + 30_000
  }
}
