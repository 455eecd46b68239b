import type { AgentSignature, CategoryBands, PlanmarkConfig } from './types/generated.js'

/** The configuration with every default filled in. */
export interface ResolvedConfig {
  documents: {
    plans: string[]
    analyses: string[]
    reviews: string[]
    prompts: string[]
    checklists: string[]
  }
  ignore: string[]
  agents: Record<string, string[]>
  /** The configuration's own agent signatures (`agents.detect`), checked before the built-in ones. */
  agentSignatures: AgentSignature[]
  evidence: {
    attribution: boolean
    timeline: boolean
    outcomes: boolean
    github: boolean
    revertDays: number
    defaultBranch?: string
    maxPlansPerCommit: number
  }
  categories: Record<string, CategoryBands>
  rules: Record<string, 'error' | 'warning' | 'info' | 'off'>
  failOn: 'error' | 'warning' | 'never'
  maxFileBytes: number
  maxParseSeconds: number
  maxParseMegabytes: number
  successRateTolerance: number
  minSamples: number
  metricsDir: string
  reportsDir: string
  /** `owner/name` as configured; the pipeline falls back to the origin remote. */
  repository?: string
}

/** The original system's five categories and their expected minutes per complexity. */
export const defaultCategories: Readonly<Record<string, CategoryBands>> = {
  code_implementation: {
    low: { min: 15, max: 30 },
    medium: { min: 30, max: 90 },
    high: { min: 90 }
  },
  architecture_design: {
    low: { min: 30, max: 60 },
    medium: { min: 60, max: 120 },
    high: { min: 120 }
  },
  documentation: { low: { min: 15, max: 45 }, medium: { min: 45, max: 90 }, high: { min: 90 } },
  debugging: { low: { min: 15, max: 30 }, medium: { min: 30, max: 90 }, high: { min: 90 } },
  code_review: { low: { min: 15, max: 30 }, medium: { min: 30, max: 60 }, high: { min: 60 } }
}

/**
 * Globs that find, with no configuration at all, the original system's layout
 * and where agent tools keep their plans (docs/formats.md): spec-kit `specs/`,
 * Kiro `.kiro/specs/`, Cline `memory-bank/`, Backlog.md `backlog/`, ExecPlans,
 * Cursor and Claude Code `plans/`, GSD `.planning/`, Task Master `.taskmaster/`.
 * The dialect a document is written in, not its glob, decides how it is read.
 */
const defaultDocuments: ResolvedConfig['documents'] = {
  plans: ['**/execution_plans/**/*.md', '**/plans/**/*.md', '**/exec-plans/**/*.md'],
  analyses: ['**/plan_analysis/**/*.md', '**/plan_analyses/**/*.md', '**/analyses/**/*.md'],
  reviews: ['**/reviews/**/*.md'],
  prompts: ['**/prompts/**/*.md'],
  checklists: [
    '**/tasks.md',
    '**/TODO.md',
    '**/todo.md',
    '**/specs/*/plan.md',
    '**/memory-bank/progress.md',
    '**/memory-bank/activeContext.md',
    '**/backlog/tasks/**/*.md',
    '**/backlog/completed/**/*.md',
    '**/PLANS.md',
    '**/.planning/STATE.md',
    '**/.planning/**/*-PLAN.md',
    '**/.taskmaster/tasks/tasks.json'
  ]
}

const defaultIgnore = ['**/node_modules/**', '**/.git/**', '**/templates/**', '**/README.md']

/** Fills the defaults into a (validated) configuration; user globs replace the defaults of their kind. */
export function resolveConfig(config: PlanmarkConfig = {}): ResolvedConfig {
  return {
    documents: { ...defaultDocuments, ...config.documents },
    ignore: config.ignore ?? defaultIgnore,
    agents: aliasesOf(config.agents),
    agentSignatures: config.agents?.detect ?? [],
    evidence: {
      attribution: config.evidence?.attribution ?? true,
      timeline: config.evidence?.timeline ?? true,
      outcomes: config.evidence?.outcomes ?? true,
      github: config.evidence?.github ?? true,
      revertDays: config.evidence?.revertDays ?? 14,
      ...(config.evidence?.defaultBranch ? { defaultBranch: config.evidence.defaultBranch } : {}),
      maxPlansPerCommit: config.evidence?.maxPlansPerCommit ?? 3
    },
    categories: { ...defaultCategories, ...config.categories },
    rules: config.rules ?? {},
    failOn: config.failOn ?? 'error',
    maxFileBytes: config.maxFileBytes ?? 5 * 1024 * 1024,
    maxParseSeconds: config.maxParseSeconds ?? 10,
    maxParseMegabytes: config.maxParseMegabytes ?? 1024,
    successRateTolerance: config.successRateTolerance ?? 5,
    minSamples: config.minSamples ?? 3,
    metricsDir: config.metricsDir ?? 'agents/performance/metrics/current',
    reportsDir: config.reportsDir ?? 'agents/performance/reports',
    ...(config.repository ? { repository: config.repository } : {})
  }
}

/** The alias map without `detect`, which holds signatures, not an agent's aliases. */
function aliasesOf(agents: PlanmarkConfig['agents']): Record<string, string[]> {
  const aliases: Record<string, string[]> = {}
  for (const [name, names] of Object.entries(agents ?? {}))
    if (name !== 'detect') aliases[name] = names as string[]
  return aliases
}
