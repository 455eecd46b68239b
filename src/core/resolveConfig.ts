import type { CategoryBands, PlanmarkConfig } from './types/generated.js'

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

/** Globs that find the original system's layout with no configuration at all. */
const defaultDocuments: ResolvedConfig['documents'] = {
  plans: ['**/execution_plans/**/*.md', '**/plans/**/*.md'],
  analyses: ['**/plan_analysis/**/*.md', '**/plan_analyses/**/*.md', '**/analyses/**/*.md'],
  reviews: ['**/reviews/**/*.md'],
  prompts: ['**/prompts/**/*.md'],
  checklists: ['**/tasks.md', '**/TODO.md', '**/todo.md']
}

const defaultIgnore = ['**/node_modules/**', '**/.git/**', '**/templates/**', '**/README.md']

/** Fills the defaults into a (validated) configuration; user globs replace the defaults of their kind. */
export function resolveConfig(config: PlanmarkConfig = {}): ResolvedConfig {
  return {
    documents: { ...defaultDocuments, ...config.documents },
    ignore: config.ignore ?? defaultIgnore,
    agents: config.agents ?? {},
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
