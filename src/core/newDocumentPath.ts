/** The kinds `planmark new` creates, and the template of each. */
export const newDocumentTemplates = {
  plan: 'execution-plan.md',
  analysis: 'plan-analysis.md',
  review: 'agent-review.md',
  prompt: 'prompt.md'
} as const

/** A kind `planmark new` creates. */
export type NewDocumentKind = keyof typeof newDocumentTemplates

/** The facts a new document's file name is made of. */
export interface NewDocumentFacts {
  date: string
  agent?: string
  title?: string
  id?: string
  version?: string
}

/**
 * Where `planmark new` puts a document, by the original system's naming:
 * `execution_plans/YYYY-MM-DD_<agent>_<slug>.md`,
 * `plan_analysis/YYYY-MM-DD_analysis_<slug>.md`,
 * `reviews/YYYY-MM-DD_review_<agent>.md`, `prompts/<id>-v<version>.md`.
 */
export function newDocumentPath(kind: NewDocumentKind, facts: NewDocumentFacts): string {
  const slug = (text: string | undefined, fallback: string) =>
    (text ?? '')
      .toLowerCase()
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60) || fallback
  const base = 'agents/performance'
  if (kind === 'plan')
    return `${base}/execution_plans/${facts.date}_${slug(facts.agent, 'agent')}_${slug(facts.title, 'plan')}.md`
  if (kind === 'analysis')
    return `${base}/plan_analysis/${facts.date}_analysis_${slug(facts.title, 'plan')}.md`
  if (kind === 'review')
    return `${base}/reviews/${facts.date}_review_${slug(facts.agent, 'agent')}.md`
  return `${base}/prompts/${slug(facts.id, 'prompt')}-v${slug(facts.version, '1')}.md`
}
