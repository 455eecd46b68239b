/* Generated from schemas/ by scripts/generate-types.js. Do not edit: run `npm run generate:types`. */

/**
 * The format a document is written in (docs/formats.md): planmark's own template, a plain checklist (`generic`), or an agent tool's format, each read by its own reader and judged against what that format requires.
 */
export type Dialect =
  | 'planmark'
  | 'generic'
  | 'spec-kit'
  | 'kiro'
  | 'execplan'
  | 'backlog-md'
  | 'cursor-plan'
  | 'task-master'
  | 'cline-memory-bank'
  | 'claude-plan'
  | 'gsd'
/**
 * A calendar date (YYYY-MM-DD) or a UTC date-time (YYYY-MM-DDTHH:MM:SSZ).
 */
export type Timestamp = string
/**
 * A normalised complexity or risk level.
 */
export type Level = 'low' | 'medium' | 'high'
/**
 * A calendar date (YYYY-MM-DD) or a UTC date-time (YYYY-MM-DDTHH:MM:SSZ).
 */
export type Timestamp1 = string
/**
 * The files the phase names, as written (a Claude Code plan's **Files:** list: `Create: src/x.ts`).
 */
export type TextList = string[]
/**
 * A normalised status (COMPLETED, DONE, SUCCESS and the check mark all become `completed`).
 */
export type Status = 'completed' | 'partial' | 'in_progress' | 'blocked' | 'failed' | 'abandoned'
export type TextList1 = string[]
export type Globs = string[]
/**
 * Where a plan's agent came from: the document itself, a co-author trailer, a commit's author or committer (a bot account, aider's `(aider)` suffix), the branch a merge commit names, or a signature in the configuration's agents.detect.
 */
export type AgentSource = 'document' | 'trailer' | 'author' | 'branch' | 'configuration'
/**
 * The plan's own Final Status, or unknown when it states none.
 */
export type ClaimedStatus =
  'completed' | 'partial' | 'in_progress' | 'blocked' | 'failed' | 'abandoned' | 'unknown'
/**
 * success: claims completed and every success criterion and step is checked; failure: finished otherwise; unverifiable: finished with nothing to check; open: not finished.
 */
export type VerifiedOutcome = 'success' | 'failure' | 'unverifiable' | 'open'
/**
 * How far a plan's outcome rests on more than its own word (docs/metrics.md): claimed (only the plan says so), consistent (its boxes and reviewers agree: a verified success), evidenced (a verified success whose commits reached the default branch, none reverted within evidence.revertDays, and whose pull request, when known, was merged with no failing check run), contradicted (the plan claims completed and its boxes, a reviewer, a revert, a pull request closed unmerged or a failing check run say otherwise).
 */
export type EvidenceLevel = 'claimed' | 'consistent' | 'evidenced' | 'contradicted'

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
  'evidence-ledger'?: LedgerEntry
  rollup?: Rollup
}
/**
 * An execution plan extracted from Markdown (FORMATS.md, Execution plan). A plan in planmark's own template (`dialect` planmark or absent) must state agent, start time, estimate, category and complexity; a plan of another dialect is judged against what its own format requires.
 */
export interface ExecutionPlan {
  schemaVersion: 1
  kind: 'plan'
  identity: DocumentIdentity
  dialect?: Dialect
  title: string
  /**
   * The agent the plan names. Optional: a plan that names none takes its agent from git history when the history names one (docs/metrics.md, Evidence).
   */
  agent?: string
  session?: string
  startTime?: Timestamp
  estimatedDuration?: Duration
  taskCategory?: string
  complexity?: Level
  prompts?: PromptReference[]
  reviewer?: string
  /**
   * Who the document assigns the work to (Backlog.md `assignee`); the first that names a known agent is the plan's `agent`.
   */
  assignee?: string[]
  labels?: string[]
  mission?: string
  successCriteria: Task[]
  phases: Phase[]
  /**
   * The dialect's own task list outside success criteria and phases: ExecPlan Progress, Cursor todos, Cline's what works and what is left, Backlog.md Definition of Done.
   */
  tasks?: Task[]
  risks?: Risk[]
  resources?: Resources
  progressTracking?: ProgressTracking
  finalStatus?: FinalStatus
  notes?: DialectNotes
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
  /**
   * The state comes from the document's data (a Cursor plan's front matter `todos`, Task Master's `tasks.json`), not from a box: never counted as a checkbox.
   */
  data?: true
  /**
   * The task's own identifier in its dialect: spec-kit `T001`, Kiro `1.2`, a Cursor todo id, Task Master `3` or `3.1`.
   */
  id?: string
  /**
   * spec-kit's `[P]`: the task can run in parallel with others.
   */
  parallel?: true
  /**
   * spec-kit's user story label (`US1`).
   */
  story?: string
  /**
   * Kiro's `_Requirements: 1.1, 2.3_` references.
   */
  requirements?: string[]
  at?: Timestamp1
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
  files?: TextList
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
  lessonsLearned?: TextList1
}
/**
 * The living sections a dialect keeps, as written: ExecPlan Surprises & Discoveries, Decision Log, Outcomes & Retrospective; Backlog.md Implementation Plan and Notes; Cline Known Issues.
 */
export interface DialectNotes {
  surprisesAndDiscoveries?: TextList1
  decisionLog?: TextList1
  outcomesAndRetrospective?: TextList1
  implementationPlan?: TextList1
  implementationNotes?: TextList1
  knownIssues?: TextList1
  currentFocus?: TextList1
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
  strengths?: TextList1
  weaknesses?: TextList1
  nextSteps?: TextList1
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
  linkedPlans?: TextList1
  bestFor?: TextList1
  avoidFor?: TextList1
  optimalTeamSize?: string
  overallRating?: number
  recommendation?: 'use_regularly' | 'use_selectively' | 'avoid'
  keyInsights?: TextList1
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
 * Any other configured Markdown file (tasks.md, TODO.md) and the task lists of agent tools that state no status of their own (spec-kit, Kiro, Cursor plans, Task Master, Claude Code plans): checkbox progress per heading section, and the tasks and phases its dialect states.
 */
export interface Checklist {
  schemaVersion: 1
  kind: 'checklist'
  identity: DocumentIdentity
  dialect?: Dialect
  title?: string
  sections: ChecklistSection[]
  /**
   * The phases a dialect states (spec-kit `## Phase N: …`, Claude Code `### Task N: …`).
   */
  phases?: Phase[]
  /**
   * A dialect's tasks outside phases, with their ids (Kiro `1.1`, Cursor todos, Task Master tasks and subtasks).
   */
  tasks?: Task[]
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
   * Canonical agent name → the aliases that mean it (compared case-insensitively). When set, an agent not listed is reported. The key `detect` is not an agent: it lists git signatures that name an agent (docs/metrics.md, Evidence).
   */
  agents?: {
    detect?: AgentSignature[]
    [k: string]: string[] | AgentSignature[] | undefined
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
   * A file of 64 KiB or more, or with a block of over 2,000 emphasis or link delimiters, is parsed in a worker of its own, stopped after this many seconds, and reported (file-too-complex). Default 10.
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
  evidence?: EvidenceConfig
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
/**
 * A git signature of an agent: a commit whose author, committer or co-author has this exact email or name (case-insensitive), or a merge of a branch starting with this prefix, was made by `agent` (normalised through the aliases).
 */
export interface AgentSignature {
  agent: string
  email?: string
  name?: string
  branch?: string
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
 * Evidence from git and GitHub (docs/metrics.md, Evidence). Each signal can be turned off.
 */
export interface EvidenceConfig {
  /**
   * Take a plan's agent from git when the document names none, and check a named one (agent-mismatch). Default true.
   */
  attribution?: boolean
  /**
   * Measure a plan's time from its commits (measuredMinutes, timeline-contradicts-git). Default true.
   */
  timeline?: boolean
  /**
   * Outcome evidence: default branch, reverts, the ledger and GitHub pull requests (status.evidence above consistent). Default true.
   */
  outcomes?: boolean
  /**
   * In the Action with a token, ask GitHub for the pull request and check runs of each finished plan and record them in the ledger. Default true.
   */
  github?: boolean
  /**
   * A revert within this many days of the reverted commit contradicts the plan (default 14).
   */
  revertDays?: number
  /**
   * The branch plans must reach (default: origin/HEAD, else the checked-out branch).
   */
  defaultBranch?: string
  /**
   * A commit that changes more plan files than this (an import, a mass rename) names no agent (default 3).
   */
  maxPlansPerCommit?: number
}
/**
 * plans.json: one entry per execution plan, sorted by path.
 */
export interface PlansIndex {
  schemaVersion: 1
  source: Source
  plans: PlanRecord[]
  /**
   * The repository the plans come from, as `owner/name`: the `repository` configuration key, else the `origin` remote's URL normalised, else null.
   */
  repository?: string | null
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
  dialect: Dialect
  blobId?: string
  planId?: string
  title: string
  agent?: string
  agentSource?: AgentSource
  /**
   * The commit whose trailer, author, committer or merge branch named the agent (git sources only).
   */
  agentCommit?: string
  category?: string
  complexity?: Level
  prompts: string[]
  startTime?: Timestamp
  endTime?: Timestamp
  status: PlanStatus
  progress: PlanProgress
  estimatedMinutes?: number
  actualMinutes?: number
  /**
   * Minutes between the commit that created the plan file and the commit in which its status became completed (author dates), from git history.
   */
  measuredMinutes?: number
  quality: PlanQuality
  findings: PlanFinding[]
  history?: PlanHistory
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
  evidence: EvidenceLevel
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
 * What git history shows of the plan file: the commit that created it, the commits that ticked boxes, the commit in which its status became completed, whether its commits reached the default branch, the commit that reverted one of them, and the pull request that carried it (from the evidence ledger).
 */
export interface PlanHistory {
  /**
   * Commits that changed the plan file.
   */
  commits: number
  created?: CommitAt
  ticks?: CommitAt[]
  completed?: CommitAt
  reachedDefaultBranch?: boolean
  revertedBy?: CommitAt
  pull?: PullEvidence
}
export interface CommitAt {
  commit: string
  date: Timestamp
}
/**
 * The pull request that carried a plan's last commit, as GitHub reported it: merged or not, and the conclusion of its head commit's check runs (failure when any failed, timed out, was cancelled or needs action; pending while any runs; none without check runs).
 */
export interface PullEvidence {
  number: number
  merged: boolean
  checks: 'success' | 'failure' | 'pending' | 'none'
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
  evidenced: Rate1
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
 * Successes out of n with the Wilson 95% interval; rate and interval are null when n is 0.
 */
export interface Rate1 {
  successes: number
  n: number
  rate: number | null
  interval: null | Interval
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
 * Actual over estimated minutes (1 is exact, above 1 is over time), on finished plans that claim completed and have an estimate and a complete measurement; the actual minutes are git's measuredMinutes where they exist, else the plan's own, and `basis` counts which; `excluded` counts the other finished plans by reason.
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
  basis: {
    measured: number
    claimed: number
  }
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
 * One line of evidence.jsonl in the metrics folder: what GitHub said of the pull request that carried a plan's commit. Keyed by plan (plan id, else path) and commit; the file is sorted by that key, one JSON object per line with sorted keys, so it is byte-identical however it was made. It is read back as untrusted input.
 */
export interface LedgerEntry {
  plan: string
  commit: string
  pull: null | PullEvidence
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
