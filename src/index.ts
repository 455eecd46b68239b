/**
 * planmark: turn the Markdown plans, analyses, reviews and prompts of AI
 * coding agents into checked, typed evidence.
 *
 * The pure core (`parseDocument`, `parseMarkdown`, `resolveConfig`, the rules)
 * never touches the file system; `checkFiles` finds and reads files.
 */
export { parseDocument, type Options, type ParsedDocument } from './core/parseDocument.js'
export { parseMarkdown } from './core/parseMarkdown.js'
export { resolveConfig, defaultCategories, type ResolvedConfig } from './core/resolveConfig.js'
export { ruleCatalog, type RuleId, type RuleInfo, type Severity } from './core/rules/ruleCatalog.js'
export { checkDocumentSet } from './core/rules/checkDocumentSet.js'
export { remarkPlanmark } from './core/remarkPlanmark.js'
export {
  checkFiles,
  type CheckOptions,
  type CheckResult,
  type CheckedFile
} from './pipeline/checkFiles.js'
export { analyze, type AnalyzeResult, type OutputFile } from './pipeline/analyze.js'
export { weeklyReport, type WeeklyReportOptions } from './pipeline/weeklyReport.js'
export { HistoryError } from './pipeline/historyError.js'
export { aggregate, type AggregateOptions, type Analytics } from './core/aggregate/aggregate.js'
export { recommend, type RecommendOptions } from './core/aggregate/recommend.js'
export { renderReport, type ReportOptions } from './core/render/renderReport.js'
export {
  renderWeeklyReport,
  type WeekSnapshot,
  type WeeklyReportInput
} from './core/render/renderWeeklyReport.js'
export { isoWeekOf, weekBounds } from './core/isoWeek.js'
export { stableJson } from './core/stableJson.js'
export { ConfigError } from './adapters/configError.js'
export { MissingPathError } from './adapters/missingPathError.js'
export type { DocumentKind, ExtractedDocument, PlanmarkDocument } from './core/types/documents.js'
export type * from './core/types/generated.js'
