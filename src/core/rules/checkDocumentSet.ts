import { analysedPlans, type AnalysedPlan } from '../aggregate/analysedPlans.js'
import { compareMessages } from '../document/compareMessages.js'
import type { ParsedDocument } from '../parseDocument.js'
import { reportMessage } from '../reportMessage.js'
import type { ResolvedConfig } from '../resolveConfig.js'
import { checkReviewClaims } from './checkReviewClaims.js'

/** What `checkDocumentSet` may assume about the documents it is given. */
export interface DocumentSetOptions {
  /**
   * Whether the documents are all the repository's (a folder walk), so a plan
   * id that none of them states does not exist. False when only some files
   * were checked: references by plan id are then not judged (duplicates
   * within the set still are).
   */
  complete?: boolean
  /** Whether a file exists, for links to documents outside the set (default: only the set's own paths). */
  exists?: (path: string) => boolean
  /** With the whole repository, compare reviews' success rates with the plans within this many percentage points. */
  successRateTolerance?: number
  /** Prompt versions known from the prompt files' git history, by prompt id, beyond the versions the files state now. */
  promptVersions?: ReadonlyMap<string, ReadonlySet<string>>
  /**
   * The plans whose records the caller wants, by path (default: every
   * plan's). The rules still see every document, and `review-claim-mismatch`
   * every record.
   */
  recordsOf?: (path: string) => boolean
}

/**
 * Rules across documents: `duplicate-plan-id` (two plans state one id; the
 * first by path keeps it), `review-plan-missing` (an analysis or review
 * links a plan file that does not exist, or names a plan id no plan states)
 * `unknown-prompt` (a plan names a prompt or version no prompt states;
 * only judged when the repository has prompt files at all) and
 * `review-claim-mismatch` (a review's success rate against the plans).
 * Returns the plans' records (`analysedPlans`, without moves or git
 * evidence; only `recordsOf`'s when given), built once here when the plans'
 * messages are final and sorted, for the caller to reuse rather than build
 * again.
 */
export function checkDocumentSet(
  documents: readonly ParsedDocument[],
  rules: ResolvedConfig['rules'],
  options: DocumentSetOptions = {}
): AnalysedPlan[] {
  const complete = options.complete ?? true
  const paths = new Set(documents.map((parsed) => parsed.document.identity.path))
  const exists = (path: string) => paths.has(path) || (options.exists?.(path) ?? false)
  const plans = documents
    .filter((parsed) => parsed.document.kind === 'plan')
    .sort((a, b) => compare(a.document.identity.path, b.document.identity.path))
  const ids = new Map<string, string>()
  for (const parsed of plans) {
    const { planId, path } = parsed.document.identity
    if (!planId) continue
    const first = ids.get(planId)
    if (first === undefined) ids.set(planId, path)
    else {
      reportMessage(
        parsed.file,
        rules,
        'duplicate-plan-id',
        parsed.positions['/identity/planId'] ?? parsed.positions[''],
        `Expected a unique plan id, found \`${planId}\`, already stated by ${first}`,
        {
          expected: 'a unique plan id',
          actual: planId
        }
      )
    }
  }
  if (complete) checkPromptReferences(documents, rules, options.promptVersions)
  // No rule below reports on a plan: its findings are final here.
  for (const parsed of plans) parsed.file.messages.sort(compareMessages)
  const tolerance = complete ? options.successRateTolerance : undefined
  const { recordsOf } = options
  // `review-claim-mismatch` weighs every plan; otherwise only the wanted records are built.
  const analysed = analysedPlans(
    recordsOf && tolerance === undefined
      ? documents.filter(
          ({ document }) => document.kind !== 'plan' || recordsOf(document.identity.path)
        )
      : documents
  )
  if (tolerance !== undefined)
    checkReviewClaims(documents, analysed, { rules, successRateTolerance: tolerance })
  for (const parsed of documents) {
    const { document } = parsed
    const wanted =
      document.kind === 'analysis' && document.planRef
        ? [{ ...document.planRef, pointer: '/planRef' }]
        : document.kind === 'review'
          ? (document.linkedPlans ?? []).map((path, index) => ({
              path,
              planId: undefined,
              pointer: `/linkedPlans/${index}`
            }))
          : []
    for (const { path, planId, pointer } of wanted) {
      const found = path ? exists(path) : planId && complete ? ids.has(planId) : true
      if (found) continue
      const target = path ?? planId ?? ''
      reportMessage(
        parsed.file,
        rules,
        'review-plan-missing',
        parsed.positions[pointer] ?? parsed.positions[''],
        `Expected an existing plan, found a link to \`${target}\`, which does not exist`,
        {
          expected: 'an existing plan',
          actual: target
        }
      )
    }
  }
  return recordsOf ? analysed.filter(({ record }) => recordsOf(record.path)) : analysed
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

function checkPromptReferences(
  documents: readonly ParsedDocument[],
  rules: ResolvedConfig['rules'],
  history: ReadonlyMap<string, ReadonlySet<string>> = new Map()
): void {
  const known = new Map<string, Set<string>>()
  for (const { document } of documents) {
    if (document.kind !== 'prompt' || !document.id) continue
    const versions = known.get(document.id) ?? new Set(history.get(document.id) ?? [])
    if (document.version) versions.add(document.version)
    known.set(document.id, versions)
  }
  if (known.size === 0) return
  for (const parsed of documents) {
    if (parsed.document.kind !== 'plan') continue
    for (const { id, version } of parsed.document.prompts ?? []) {
      const versions = known.get(id)
      if (versions && (version === undefined || versions.has(version))) continue
      const reference = version ? `${id}@${version}` : id
      const expected = versions
        ? `a version of ${id}: ${[...versions].sort().join(', ')}`
        : `a prompt id: ${[...known.keys()].sort().join(', ')}`
      reportMessage(
        parsed.file,
        rules,
        'unknown-prompt',
        parsed.positions['/prompts'] ?? parsed.positions[''],
        `Expected ${expected}, found \`${reference}\``,
        {
          expected,
          actual: reference
        }
      )
    }
  }
}
