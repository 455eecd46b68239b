import type { ParsedDocument } from '../parseDocument.js'
import { reportMessage } from '../reportMessage.js'
import type { ResolvedConfig } from '../resolveConfig.js'

/**
 * Rules across documents: `duplicate-plan-id` (two plans state one id; the
 * first by path keeps it) and `review-plan-missing` (an analysis or review
 * names a plan, by id or link, that is not among the documents).
 */
export function checkDocumentSet(
  documents: readonly ParsedDocument[],
  rules: ResolvedConfig['rules']
): void {
  const plans = documents.filter((parsed) => parsed.document.kind === 'plan')
  const paths = new Set(documents.map((parsed) => parsed.document.identity.path))
  const ids = new Map<string, string>()
  for (const parsed of [...plans].sort((a, b) =>
    compare(a.document.identity.path, b.document.identity.path)
  )) {
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
      const found = path ? paths.has(path) : planId ? ids.has(planId) : true
      if (found) continue
      const target = path ?? planId ?? ''
      reportMessage(
        parsed.file,
        rules,
        'review-plan-missing',
        parsed.positions[pointer] ?? parsed.positions[''],
        `Expected an existing plan, found a link to \`${target}\`, which no analysed document is`,
        {
          expected: 'an existing plan',
          actual: target
        }
      )
    }
  }
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}
