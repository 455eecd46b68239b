/* Generated from schemas/ by scripts/generate-types.js. Do not edit: run `npm run generate:types`. */

/**
 * A calendar date (YYYY-MM-DD) or a UTC date-time (YYYY-MM-DDTHH:MM:SSZ).
 */
export type Timestamp = string
/**
 * A normalised complexity or risk level.
 */
export type Level = 'low' | 'medium' | 'high'
/**
 * A normalised status (COMPLETED, DONE, SUCCESS and the check mark all become `completed`).
 */
export type Status = 'completed' | 'partial' | 'in_progress' | 'blocked' | 'failed' | 'abandoned'
export type TextList = string[]
export type Globs = string[]
/**
 * The plan's own Final Status, or unknown when it states none.
 */
export type ClaimedStatus =
  'completed' | 'partial' | 'in_progress' | 'blocked' | 'failed' | 'abandoned' | 'unknown'
/**
 * success: claims completed and every success criterion and step is checked; failure: finished otherwise; unverifiable: finished with nothing to check; open: not finished.
 */
export type VerifiedOutcome = 'success' | 'failure' | 'unverifiable' | 'open'

export interface PlanmarkSchemas {
  plan?: ExecutionPlan
  analysis?: PlanAnalysis
  review?: AgentReview
  prompt?: Prompt
  checklist?: Checklist
  config?: PlanmarkConfig
  plans?: PlansIndex
  'agent-performance'?: AgentPerformance
  'task-analytics'?: TaskAnalytics
  'prompt-effectiveness'?: PromptEffectiveness
  'comment-artifact'?: CommentArtifact
  rollup?: Rollup
}
/**
 * An execution plan extracted from Markdown (FORMATS.md, Execution plan).
 */
export interface ExecutionPlan {
  schemaVersion: 1
  kind: 'plan'
  identity: DocumentIdentity
  title: string
  agent: string
  session?: string
  startTime: Timestamp
  estimatedDuration: Duration
  taskCategory: string
  complexity: Level
  prompts?: PromptReference[]
  reviewer?: string
  mission?: string
  successCriteria: Task[]
  phases: Phase[]
  risks?: Risk[]
  resources?: Resources
  progressTracking?: ProgressTracking
  finalStatus?: FinalStatus
  checkboxes: CheckboxCounts
  tokens?: TokenCounts
  cost?: Cost
}
/**
 * Where a document lives: its path relative to the analysed root, its git blob id and, for plans, the id it states.
 */
export interface DocumentIdentity {
  path: string
  blobId?: string
  planId?: string
}
/**
 * A duration in minutes; a range (`2-3 hours`) or a bound (`< 2 hours`) keeps both ends.
 */
export interface Duration {
  text: string
  minMinutes: number
  maxMinutes: number
}
export interface PromptReference {
  id: string
  version?: string
}
/**
 * A checklist item; `state` follows GitHub's rendering, and nested items are its children.
 */
export interface Task {
  text: string
  state: 'checked' | 'unchecked' | 'in_progress' | 'dropped'
  /**
   * The state comes from a leading emoji (`- ✅ Write tests`): GitHub shows no checkbox, so the item is never counted as one.
   */
  emoji?: true
  expectedOutcome?: string
  successMetric?: string
  riskLevel?: Level
  children: Task[]
}
export interface Phase {
  number: number
  name: string
  estimatedDuration?: Duration
  objective?: string
  status?: Status
  steps: Task[]
  completionCriteria: Task[]
}
export interface Risk {
  risk: string
  probability?: Level
  impact?: Level
  mitigation?: string
}
export interface Resources {
  filesToReview?: string
  toolsNeeded?: string
  dependencies?: string
}
export interface ProgressTracking {
  phases: PhaseTiming[]
  totalDuration?: Duration
}
export interface PhaseTiming {
  phase: number
  start?: Timestamp
  end?: Timestamp
}
export interface FinalStatus {
  completionStatus?: Status
  successRate?: number
  qualityScore?: number
  lessonsLearned?: TextList
}
/**
 * Checkboxes as GitHub renders them (`checked`, `unchecked`) and the states GitHub shows as plain text, counted apart.
 */
export interface CheckboxCounts {
  /**
   * `[x]` or `[X]` items GitHub renders as ticked boxes.
   */
  checked: number
  /**
   * `[ ]` items GitHub renders as empty boxes.
   */
  unchecked: number
  /**
   * `[/]` and `[~]` items: plain text on GitHub.
   */
  inProgress: number
  /**
   * `[-]` items: plain text on GitHub.
   */
  dropped: number
  /**
   * Task-like lines GitHub renders as paragraph text (an ordered list not starting at 1 after a paragraph).
   */
  lost: number
}
/**
 * Tokens a plan states it used (header or front matter `Input Tokens`, `Output Tokens`, or `Tokens: 12,000 in / 3,000 out`).
 */
export interface TokenCounts {
  input?: number
  output?: number
}
/**
 * A currency amount a plan states (`$1.20`, `1.20 USD`, `EUR 3`): the amount and the ISO 4217 code.
 */
export interface Cost {
  amount: number
  currency: string
}
/**
 * A reviewer's analysis of one execution plan (FORMATS.md, Plan analysis).
 */
export interface PlanAnalysis {
  schemaVersion: 1
  kind: 'analysis'
  identity: DocumentIdentity
  title: string
  planRef: PlanReference
  agent: string
  reviewer: string
  reviewDate: Timestamp
  adherence?: Adherence
  quality?: QualityAssessment
  deviations?: Deviation[]
  overallSuccess?: 'success' | 'partial' | 'failure'
  strengths?: TextList
  weaknesses?: TextList
  nextSteps?: TextList
  checkboxes: CheckboxCounts
}
/**
 * The plan analysed: its stated id, or the link to its file resolved against the analysis.
 */
export interface PlanReference {
  planId?: string
  path?: string
}
export interface Adherence {
  phaseCompletionRate?: number
  stepCompletionRate?: number
  timeAccuracy?: number
}
export interface QualityAssessment {
  code?: Score
  documentation?: Score
  architecture?: Score
  overall?: Score
}
export interface Score {
  score: number
  rationale?: string
}
export interface Deviation {
  aspect: string
  planned?: string
  actual?: string
  deviation?: string
  impact?: string
}
/**
 * A review of one agent over a period (FORMATS.md, Agent review). Its numbers are claims to compare with computed ones. `linkedPlans` are the plan files it links to, resolved against the review's folder.
 */
export interface AgentReview {
  schemaVersion: 1
  kind: 'review'
  identity: DocumentIdentity
  title: string
  agent: string
  reviewer: string
  reviewDate: Timestamp
  sessionPeriod?: Period
  categories: CategoryClaim[]
  linkedPlans?: TextList
  bestFor?: TextList
  avoidFor?: TextList
  optimalTeamSize?: string
  overallRating?: number
  recommendation?: 'use_regularly' | 'use_selectively' | 'avoid'
  keyInsights?: TextList
  nextReview?: Timestamp
  checkboxes: CheckboxCounts
}
export interface Period {
  from: Timestamp
  to: Timestamp
}
/**
 * What the review states about one task category.
 */
export interface CategoryClaim {
  category: string
  tasksCompleted?: number
  successRate?: number
  averageQuality?: number
}
/**
 * A versioned prompt: front matter plus the prompt text (FORMATS.md, Prompt).
 */
export interface Prompt {
  schemaVersion: 1
  kind: 'prompt'
  identity: DocumentIdentity
  title?: string
  id: string
  version: string
  promptType: 'system' | 'task' | 'specialized'
  categories: string[]
  description?: string
  checkboxes: CheckboxCounts
}
/**
 * Any other configured Markdown file (tasks.md, TODO.md, spec-kit or Kiro task lists): checkbox progress per heading section.
 */
export interface Checklist {
  schemaVersion: 1
  kind: 'checklist'
  identity: DocumentIdentity
  title?: string
  sections: ChecklistSection[]
  checkboxes: CheckboxCounts
}
/**
 * The checkboxes under one heading, up to the next heading of any depth; `heading` is absent before the first heading.
 */
export interface ChecklistSection {
  heading?: string
  depth: number
  checkboxes: CheckboxCounts
}
/**
 * planmark.config.json: which files are which documents, the vocabularies, and the rules' severities. Every field is optional; the defaults suit a repository laid out like the original system. `ignore` lists globs never read (templates, vendored folders).
 */
export interface PlanmarkConfig {
  $schema?: string
  documents?: DocumentGlobs
  ignore?: Globs
  /**
   * Canonical agent name → the aliases that mean it (compared case-insensitively). When set, an agent not listed is reported.
   */
  agents?: {
    [k: string]: string[]
  }
  /**
   * Extra task categories (snake_case) with their expected duration bands in minutes per complexity.
   */
  categories?: {
    [k: string]: CategoryBands
  }
  /**
   * Severity per rule id; `off` disables the rule.
   */
  rules?: {
    [k: string]: 'error' | 'warning' | 'info' | 'off'
  }
  /**
   * The lowest severity that makes `planmark check` exit 1.
   */
  failOn?: 'error' | 'warning' | 'never'
  /**
   * Files larger than this are reported and skipped.
   */
  maxFileBytes?: number
  /**
   * A file over 256 KiB is parsed in a worker of its own, stopped after this many seconds, and reported (file-too-complex). Default 10.
   */
  maxParseSeconds?: number
  /**
   * The heap such a worker may use before it is stopped and the file reported (file-too-complex). Default 1024.
   */
  maxParseMegabytes?: number
  /**
   * Percentage points a self-reported success rate may differ from the checked fraction before `success-rate-mismatch` fires.
   */
  successRateTolerance?: number
  /**
   * Verified outcomes an agent needs in a category before `recommend` can choose it (default 3; at least 2, since one plan says nothing about a rate).
   */
  minSamples?: number
  /**
   * Where `analyze` writes the JSON files, relative to the working directory (default agents/performance/metrics/current).
   */
  metricsDir?: string
  /**
   * Where `analyze` and `report` write report.md and weekly/ (default agents/performance/reports).
   */
  reportsDir?: string
  /**
   * The repository's `owner/name` recorded in plans.json (for `planmark rollup`); default: the `origin` remote's, else none.
   */
  repository?: string
}
/**
 * Globs, relative to the repository root, for each kind. A file's front matter `type` or its H1 title wins over these.
 */
export interface DocumentGlobs {
  plans?: Globs
  analyses?: Globs
  reviews?: Globs
  prompts?: Globs
  checklists?: Globs
}
export interface CategoryBands {
  low?: Band
  medium?: Band
  high?: Band
}
/**
 * Expected minutes; no `max` means open-ended (`90+`).
 */
export interface Band {
  min: number
  max?: number
}
/**
 * plans.json: one entry per execution plan, sorted by path.
 */
export interface PlansIndex {
  schemaVersion: 1
  source: Source
  /**
   * The repository the plans come from, as `owner/name`: the `repository` configuration key, else the `origin` remote's URL normalised, else null.
   */
  repository?: string | null
  plans: PlanRecord[]
}
/**
 * What the figures were computed from: the commit and its date (never the wall clock), null outside git.
 */
export interface Source {
  commit: string | null
  date: string | null
  /**
   * Some document or the configuration differs from `commit` in the working tree: the figures are not that commit's alone.
   */
  uncommittedChanges?: true
}
export interface PlanRecord {
  path: string
  blobId?: string
  planId?: string
  title: string
  agent?: string
  category?: string
  complexity?: Level
  prompts: string[]
  startTime?: Timestamp
  endTime?: Timestamp
  status: PlanStatus
  progress: PlanProgress
  estimatedMinutes?: number
  actualMinutes?: number
  quality: PlanQuality
  findings: PlanFinding[]
  tokens?: TokenCounts
  cost?: Cost
}
export interface PlanStatus {
  claimed: ClaimedStatus
  verified: VerifiedOutcome
  /**
   * The weakest verdict (Overall Success) of the analyses that name the plan. A partial or failing verdict makes a finished plan a verified failure, whatever its boxes say.
   */
  reviewer?: 'success' | 'partial' | 'failure'
}
/**
 * The plan's progress: its checkboxes as GitHub renders them, ticked (`done`) out of all (`total`). The success criteria, the phases and the other boxes split it and add up to it; `boxes` also counts the text-only states apart.
 */
export interface PlanProgress {
  done: number
  total: number
  boxes: CheckboxCounts
  criteria: Progress
  other: Progress1
  phases: PhaseProgress[]
}
/**
 * Checked items out of the items with a GitHub box.
 */
export interface Progress {
  done: number
  total: number
}
/**
 * Checked items out of the items with a GitHub box.
 */
export interface Progress1 {
  done: number
  total: number
}
export interface PhaseProgress {
  number: number
  name: string
  done: number
  total: number
  status?: Status
}
export interface PlanQuality {
  self?: number
  reviewer?: number
}
export interface PlanFinding {
  ruleId: string
  message: string
  severity: 'error' | 'warning' | 'info'
  line: number
  column: number
}
/**
 * agent_performance.json: per agent, sorted by name.
 */
export interface AgentPerformance {
  schemaVersion: 1
  source: Source
  agents: AgentMetrics[]
}
export interface AgentMetrics {
  agent: string
  plans: number
  byStatus: {
    [k: string]: number
  }
  claimed: Rate
  verified: Rate
  unverifiable: number
  quality: AgentQuality
  estimateAccuracy: EstimateAccuracy
  findings: AgentFindings
  categories: AgentCategory[]
  durationMinutes: Distribution
  usage: Usage
}
/**
 * Successes out of n with the Wilson 95% interval; rate and interval are null when n is 0.
 */
export interface Rate {
  successes: number
  n: number
  rate: number | null
  interval: null | Interval
}
export interface Interval {
  lower: number
  upper: number
}
/**
 * Quality from 1 to 10: self-reported (Final Status), from reviewers (analyses' overall quality), and the calibration gap, self minus reviewer over the plans that have both.
 */
export interface AgentQuality {
  self: Mean
  reviewer: Mean
  calibrationGap: Mean
}
export interface Mean {
  n: number
  mean: number | null
}
/**
 * Actual over estimated minutes (1 is exact, above 1 is over time), on finished plans that claim completed and have an estimate and a complete measurement; `excluded` counts the other finished plans by reason.
 */
export interface EstimateAccuracy {
  excluded: {
    notCompleted: number
    noEstimate: number
    incompleteMeasurement: number
  }
  n: number
  median: number | null
  mean: number | null
}
export interface AgentFindings {
  total: number
  byRule: {
    [k: string]: number
  }
}
export interface AgentCategory {
  category: string
  plans: number
  verified: Rate
}
/**
 * A quantity over the plans that state or measure it: how many, the total, the median (p50) and the 90th percentile, by linear interpolation between order statistics (numpy.percentile's default; docs/metrics.md).
 */
export interface Distribution {
  n: number
  total: number | null
  median: number | null
  p90: number | null
}
/**
 * What the plans in scope cost: tokens in and out, and stated cost per currency (sorted by currency).
 */
export interface Usage {
  inputTokens: Distribution
  outputTokens: Distribution
  cost: CostSummary[]
}
/**
 * Stated cost in one currency: its distribution per plan and the cost per verified success (the total over every plan with a cost in this currency, divided by the verified successes among them; null without a success).
 */
export interface CostSummary {
  currency: string
  cost: Distribution
  verifiedSuccesses: number
  perVerifiedSuccess: number | null
}
/**
 * task_analytics.json: per task category and complexity (and `all`), sorted.
 */
export interface TaskAnalytics {
  schemaVersion: 1
  source: Source
  categories: CategoryMetrics[]
}
export interface CategoryMetrics {
  category: string
  complexity: 'low' | 'medium' | 'high' | 'all'
  plans: number
  verified: Rate
  durationMinutes: Distribution
  expectedMinutes: null | ExpectedBand
  band: BandCounts
  recommendation: Recommendation
  frequentRisks: RiskCount[]
  estimateAccuracy: EstimateAccuracy
  usage: Usage
}
export interface ExpectedBand {
  min: number
  max?: number
}
/**
 * Plans with an actual duration below, within and above the expected band.
 */
export interface BandCounts {
  below: number
  within: number
  above: number
}
/**
 * Agents ranked by the Wilson lower bound of their verified success; the verdict from the Beta(1 + successes, 1 + failures) posteriors (docs/metrics.md).
 */
export interface Recommendation {
  method: 'beta-posterior'
  /**
   * The posterior probability a clear choice (or no good choice) needs.
   */
  threshold: number
  /**
   * The probability the verdict rests on: that the first agent beats the closest other agent with enough plans, or, alone, that it succeeds more often than not. Null without such an agent.
   */
  probability: number | null
  /**
   * Present when two agents' complexity mixes differ: the comparison within complexity (Mantel–Haenszel odds ratio of success, first against closest, with its 95% interval; absent when they share no complexity).
   */
  stratified?: {
    by: 'complexity'
    oddsRatio?: number
    interval?: OddsRatioInterval
  }
  minSamples: number
  verdict: 'clear_choice' | 'tie' | 'not_enough_data' | 'no_good_choice'
  reason: string
  recommended?: string
  ranking: RankedAgent[]
}
export interface OddsRatioInterval {
  lower: number
  upper: number
}
export interface RankedAgent {
  agent: string
  verified: Rate
  /**
   * The Wilson lower bound the ranking uses; 0 with no data.
   */
  score: number
}
export interface RiskCount {
  risk: string
  count: number
}
/**
 * prompt_effectiveness.json: per prompt and version, sorted.
 */
export interface PromptEffectiveness {
  schemaVersion: 1
  source: Source
  prompts: PromptMetrics[]
}
export interface PromptMetrics {
  id: string
  versions: PromptVersionMetrics[]
}
/**
 * One version of a prompt. `blobIds` are the git blobs of the prompt file that stated this version (from its history), so an edit that kept the version is still told apart.
 */
export interface PromptVersionMetrics {
  version: string
  /**
   * Whether a prompt file states this version.
   */
  known: boolean
  path?: string
  plans: number
  verified: Rate
  quality: PromptQuality
  agents: PromptAgent[]
  deltaToPrevious: null | PromptDelta
  blobIds: string[]
  usage: Usage
}
export interface PromptQuality {
  self: Mean
  reviewer: Mean
}
export interface PromptAgent {
  agent: string
  plans: number
  verified: Rate
}
export interface PromptDelta {
  previousVersion: string
  verifiedRate: number | null
  /**
   * The 95% interval of the change in verified success (Newcombe's hybrid score interval of the difference); null when either version has no verifiable plan.
   */
  verifiedRateInterval: null | DifferenceInterval
  /**
   * The probability that this version's success rate is higher than the previous one's (Beta posteriors); null when either has no verifiable plan.
   */
  probabilityBetter: number | null
  /**
   * better or worse when probabilityBetter is at least 0.95 or at most 0.05; otherwise cant_tell (the same threshold as agent verdicts).
   */
  verdict: 'better' | 'worse' | 'cant_tell'
  selfQuality: number | null
}
export interface DifferenceInterval {
  lower: number
  upper: number
}
/**
 * The pull-request comment a read-only pull_request run hands to a workflow_run run to post. The posting run treats it as untrusted data.
 */
export interface CommentArtifact {
  format: 'planmark-comment'
  version: 1
  /**
   * The pull request's number, as the pull_request event gave it.
   */
  pullRequest: number
  /**
   * The head commit the comment describes.
   */
  headSha: string
  /**
   * The comment's Markdown, ending with planmark's hidden marker.
   */
  body: string
  /**
   * Whether sections were left out to keep the body under 60,000 characters.
   */
  truncated: boolean
}
/**
 * rollup.json (`planmark rollup`): several repositories' plans.json merged into one organisation view. Repositories sorted by name; agents and categories computed as for one repository over every plan, a plan named `owner/name/path`.
 */
export interface Rollup {
  schemaVersion: 1
  repositories: RepositoryCounts[]
  agents: AgentMetrics[]
  categories: CategoryMetrics[]
}
export interface RepositoryCounts {
  repository: string
  source: Source
  plans: number
  finished: number
  open: number
  verified: Rate
  agents: string[]
}
