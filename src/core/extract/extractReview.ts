import type { Link, Root } from 'mdast'
import { walk } from '../tree/walk.js'
import type { Extraction } from '../Extraction.js'
import { normalizeCategory } from '../normalize/normalizeCategory.js'
import { normalizeKey } from '../normalize/normalizeKey.js'
import { resolveLink } from '../normalize/resolveLink.js'
import { countCheckboxes } from '../tree/countCheckboxes.js'
import { fieldLookup } from '../tree/fieldLookup.js'
import { readFieldsDeep } from '../tree/readFieldsDeep.js'
import { splitSections } from '../tree/splitSections.js'
import type { AgentReview, CategoryClaim, DocumentIdentity } from '../types/generated.js'
import { dropEmpty } from './dropEmpty.js'
import { readPercent, readScore, readTimestamp } from './fieldReaders.js'
import { pick, readHeader } from './readHeader.js'
import { readAgent } from './readIdentityFields.js'
import { readTitle } from './readTitle.js'
import { isPlaceholder } from '../tree/isPlaceholder.js'

const recommendations = new Map<string, AgentReview['recommendation']>([
  ['use regularly', 'use_regularly'],
  ['use selectively', 'use_selectively'],
  ['avoid', 'avoid']
])

/** Extracts an agent review: the period, what it claims per category, the plans it links and its verdict. */
export function extractReview(
  tree: Root,
  identity: DocumentIdentity,
  extraction: Extraction
): Partial<AgentReview> {
  const header = readHeader(tree, extraction)
  const fields = readFieldsDeep(tree.children, extraction.source)
  const { field, listOf } = fieldLookup(fields)
  const period = pick(header, 'session period', 'period')
  const [from, to] = (period?.text ?? '').split(/(?<!\s)\s+(?:to|until|through|–|—|-)\s+/)
  const recommendation = field('recommendation')
  const review: Partial<AgentReview> = {
    schemaVersion: 1,
    kind: 'review',
    identity,
    title: readTitle(tree, header, extraction),
    agent: readAgent(pick(header, 'agent'), extraction),
    reviewer: pick(header, 'reviewer')?.text,
    reviewDate: readTimestamp(pick(header, 'review date', 'date'), extraction, '/reviewDate'),
    sessionPeriod: undefined,
    categories: readCategoryClaims(tree, extraction),
    linkedPlans: readLinkedPlans(tree, identity.path, extraction),
    bestFor: listOf('best for'),
    avoidFor: listOf('avoid for'),
    optimalTeamSize: field('optimal team size')?.text || undefined,
    overallRating: readScore(field('overall rating', 'rating'), extraction, '/overallRating'),
    recommendation: recommendations.get(normalizeKey(recommendation?.text ?? '')),
    keyInsights: listOf('key insights', 'insights'),
    nextReview: readTimestamp(field('next review'), extraction, '/nextReview'),
    checkboxes: countCheckboxes(tree.children, extraction.source)
  }
  if (period && from && to) {
    const start = readTimestamp({ ...period, text: from }, extraction, '/sessionPeriod/from')
    const end = readTimestamp({ ...period, text: to }, extraction, '/sessionPeriod/to')
    if (start && end) review.sessionPeriod = { from: start, to: end }
  }
  // An unfilled placeholder is template-placeholder's to report, once.
  if (recommendation?.text && !review.recommendation && !isPlaceholder(recommendation.text)) {
    extraction.report(
      'invalid-value',
      recommendation.place,
      `Expected USE_REGULARLY, USE_SELECTIVELY or AVOID, found \`${recommendation.text}\``,
      {
        expected: 'USE_REGULARLY, USE_SELECTIVELY or AVOID',
        actual: recommendation.text
      }
    )
  }
  return dropEmpty(review)
}

function readCategoryClaims(tree: Root, extraction: Extraction): CategoryClaim[] {
  const section = splitSections(tree.children, 2).find(
    (s) => s.title === 'task category performance'
  )
  if (!section) return []
  return splitSections(section.nodes, 3)
    .filter((sub) => sub.heading)
    .map((sub, index) => {
      const pointer = `/categories/${index}`
      extraction.at(pointer, sub.heading?.position)
      const fields = readFieldsDeep(sub.nodes, extraction.source)
      const { field } = fieldLookup(fields)
      const completed = field('tasks completed', 'plans completed', 'tasks')
      const count = Number(/\d+/.exec(completed?.text ?? '')?.[0])
      if (completed && Number.isInteger(count))
        extraction.at(`${pointer}/tasksCompleted`, completed.place)
      return dropEmpty({
        category: normalizeCategory(sub.title),
        tasksCompleted: Number.isInteger(count) ? count : undefined,
        successRate: readPercent(field('success rate'), extraction, `${pointer}/successRate`),
        averageQuality: readScore(
          field('average quality', 'quality', 'average quality score'),
          extraction,
          `${pointer}/averageQuality`
        )
      })
    })
}

function readLinkedPlans(tree: Root, fromPath: string, extraction: Extraction): string[] {
  const section = splitSections(tree.children, 2).find((s) => s.title === 'execution plan analysis')
  const links = new Map<string, Link>()
  for (const node of section?.nodes ?? []) {
    walk(node, (link) => {
      if (link.type !== 'link') return
      const path = resolveLink(fromPath, link.url)
      if (path?.toLowerCase().endsWith('.md') && !links.has(path)) links.set(path, link)
    })
  }
  const paths = [...links.keys()].sort()
  paths.forEach((path, index) => extraction.at(`/linkedPlans/${index}`, links.get(path)?.position))
  return paths
}
