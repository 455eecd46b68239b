import type { ParsedDocument } from '../parseDocument.js'
import { resolveConfig } from '../resolveConfig.js'
import { schemaValidator, type SchemaName } from '../schemas/schemaValidator.js'
import type {
  AgentPerformance,
  PlanmarkConfig,
  PlansIndex,
  PromptEffectiveness,
  Source,
  TaskAnalytics
} from '../types/generated.js'
import type { PlanEvidence } from '../evidence/planEvidence.js'
import { agentPerformance } from './agentPerformance.js'
import { analysedPlans, compareText, type AnalysedPlan } from './analysedPlans.js'
import type { PromptRevision } from '../rules/checkPromptHistory.js'
import { promptEffectiveness, type KnownPrompt } from './promptEffectiveness.js'
import { taskAnalytics } from './taskAnalytics.js'

/** Options of `aggregate`. */
export interface AggregateOptions {
  config?: PlanmarkConfig
  /** The commit the documents were read at and its date; never the wall clock. */
  source?: Source
  /** Each prompt file's states from git (newest first), by path: versions it stated before. */
  promptRevisions?: ReadonlyMap<string, readonly PromptRevision[]>
  /** Paths git history shows plans were moved from, mapped to their paths now. */
  moves?: ReadonlyMap<string, string>
  /** What git history and the evidence ledger show of each plan, by path. */
  evidence?: ReadonlyMap<string, PlanEvidence>
  /** The repository as `owner/name`, recorded in plans.json (null: unknown). */
  repository?: string | null
  /** The documents' plans as the check built them (`CheckResult.plans`): completed with moves and evidence, not built again. */
  plans?: readonly AnalysedPlan[]
}

/** The four analytics files, as objects. */
export interface Analytics {
  plans: PlansIndex
  agentPerformance: AgentPerformance
  taskAnalytics: TaskAnalytics
  promptEffectiveness: PromptEffectiveness
}

/**
 * Computes the analytics from parsed documents (pure): plans.json,
 * agent_performance.json, task_analytics.json and prompt_effectiveness.json,
 * each validated against its schema. The input order does not matter.
 */
export function aggregate(
  documents: readonly ParsedDocument[],
  options: AggregateOptions = {}
): Analytics {
  const config = resolveConfig(options.config)
  const source = options.source ?? { commit: null, date: null }
  const plans = analysedPlans(documents, options.moves, options.evidence, options.plans)
  const records = plans.map(({ record }) => record)
  const known = knownPrompts(documents, options.promptRevisions ?? new Map())
  const analytics: Analytics = {
    plans: { schemaVersion: 1, source, repository: options.repository ?? null, plans: records },
    agentPerformance: { schemaVersion: 1, source, agents: agentPerformance(records) },
    taskAnalytics: {
      schemaVersion: 1,
      source,
      categories: taskAnalytics(plans, config.categories, config.minSamples)
    },
    promptEffectiveness: { schemaVersion: 1, source, prompts: promptEffectiveness(records, known) }
  }
  assertValid('plans', analytics.plans)
  assertValid('agent-performance', analytics.agentPerformance)
  assertValid('task-analytics', analytics.taskAnalytics)
  assertValid('prompt-effectiveness', analytics.promptEffectiveness)
  return analytics
}

/** Output that breaks its own schema is a planmark bug, never the user's: fail loudly. */
function assertValid(name: SchemaName, data: unknown): void {
  const validate = schemaValidator(name)
  if (!validate(data))
    throw new Error(
      `planmark produced an invalid ${name}: ${JSON.stringify(validate.errors?.slice(0, 3))}`
    )
}

/** Every prompt version stated by a prompt file now or in its history, with the blobs that stated it, sorted. */
function knownPrompts(
  documents: readonly ParsedDocument[],
  revisions: ReadonlyMap<string, readonly PromptRevision[]>
): KnownPrompt[] {
  const known = new Map<string, KnownPrompt>()
  for (const { document } of documents) {
    if (document.kind !== 'prompt' || !document.id) continue
    const id = document.id
    const states = [...(revisions.get(document.identity.path) ?? [])]
    if (document.version)
      states.push({
        commit: null,
        blobId: document.identity.blobId ?? '',
        version: document.version
      })
    for (const state of states) {
      if (!state.version) continue
      const key = `${id}@${state.version}`
      const entry = known.get(key) ?? {
        id,
        version: state.version,
        path: document.identity.path,
        blobIds: []
      }
      if (state.blobId && !entry.blobIds.includes(state.blobId)) entry.blobIds.push(state.blobId)
      known.set(key, entry)
    }
  }
  return [...known.values()].sort(
    (a, b) => compareText(a.path, b.path) || compareText(a.version, b.version)
  )
}
