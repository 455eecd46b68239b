import type { CommitAt, PullEvidence } from '../types/generated.js'
import type { Attribution } from './attributeAgent.js'
import type { PlanTimeline } from './planTimeline.js'

/**
 * What git (and the ledger) show of one plan, by path: plain JSON the
 * pipeline builds and the rules and aggregates read. Each part is absent when
 * its signal is turned off or the history has nothing to say.
 */
export interface PlanEvidence {
  /** Commits that changed the plan file. */
  commits: number
  /** The newest of them: the commit the ledger and GitHub are asked about. */
  lastCommit?: string
  attribution?: Attribution
  timeline?: PlanTimeline
  /** Whether every commit of the plan is in the default branch's history; absent when unknown. */
  reachedDefaultBranch?: boolean
  /** The first commit that reverted one of the plan's commits within the configured days. */
  revertedBy?: CommitAt
  /** The pull request that carried `lastCommit`, from the ledger. */
  pull?: PullEvidence
}
