import type { Root } from 'mdast'
import type { Extraction } from '../Extraction.js'
import { normalizeKey } from '../normalize/normalizeKey.js'
import { resolveLink } from '../normalize/resolveLink.js'
import { countCheckboxes } from '../tree/countCheckboxes.js'
import { fieldLookup } from '../tree/fieldLookup.js'
import { readFieldsDeep } from '../tree/readFieldsDeep.js'
import { readTables } from '../tree/readTables.js'
import type { DocumentIdentity, PlanAnalysis, QualityAssessment } from '../types/generated.js'
import { dropEmpty } from './dropEmpty.js'
import { parseScore, readPercent, readTimestamp } from './fieldReaders.js'
import { pick, readHeader } from './readHeader.js'
import { readAgent } from './readIdentityFields.js'
import { readTitle } from './readTitle.js'
import { isPlaceholder } from '../tree/isPlaceholder.js'

// A Map: a field named `constructor` must not find Object.prototype's.
const qualityKeys = new Map<string, keyof QualityAssessment>(
  Object.entries({
    'code quality': 'code',
    code: 'code',
    'documentation quality': 'documentation',
    documentation: 'documentation',
    'architecture quality': 'architecture',
    architecture: 'architecture',
    'overall quality': 'overall',
    overall: 'overall'
  } satisfies Record<string, keyof QualityAssessment>)
)

/** Extracts a plan analysis: the plan it analyses, adherence, quality scores, deviations and the verdict. */
export function extractAnalysis(
  tree: Root,
  identity: DocumentIdentity,
  extraction: Extraction
): Partial<PlanAnalysis> {
  const header = readHeader(tree, extraction)
  const fields = readFieldsDeep(tree.children, extraction.source)
  const { field, listOf } = fieldLookup(fields)
  const quality: QualityAssessment = {}
  for (const candidate of fields) {
    const target = qualityKeys.get(candidate.key)
    const score = target && !quality[target] ? parseScore(candidate.text) : undefined
    if (target && score) {
      quality[target] = score
      extraction.at(`/quality/${target}`, candidate.place)
    }
  }
  const verdict = field('overall success', 'outcome', 'verdict')
  const analysis: Partial<PlanAnalysis> = {
    schemaVersion: 1,
    kind: 'analysis',
    identity,
    title: readTitle(tree, header, extraction),
    planRef: readPlanRef(
      pick(header, 'plan id', 'plan', 'execution plan'),
      identity.path,
      extraction
    ),
    agent: readAgent(pick(header, 'agent'), extraction),
    reviewer: pick(header, 'reviewer', 'analyst')?.text,
    reviewDate: readTimestamp(
      pick(header, 'review date', 'date', 'analysis date'),
      extraction,
      '/reviewDate'
    ),
    adherence: dropEmpty({
      phaseCompletionRate: readPercent(
        field('phase completion rate', 'phase completion'),
        extraction,
        '/adherence/phaseCompletionRate'
      ),
      stepCompletionRate: readPercent(
        field('step completion rate', 'step completion'),
        extraction,
        '/adherence/stepCompletionRate'
      ),
      timeAccuracy: readPercent(
        field('time accuracy', 'time estimate accuracy'),
        extraction,
        '/adherence/timeAccuracy'
      )
    }),
    quality,
    deviations: readTables(tree.children, ['aspect']).map((row, index) => {
      extraction.at(`/deviations/${index}`, row.place)
      const { aspect = '', planned, actual, deviation, impact } = row.cells
      return dropEmpty({ aspect, planned, actual, deviation, impact })
    }),
    overallSuccess: readVerdict(verdict?.text),
    strengths: listOf('strengths', 'key strengths'),
    weaknesses: listOf('weaknesses', 'areas for improvement'),
    nextSteps: listOf('next steps'),
    checkboxes: countCheckboxes(tree.children, extraction.source)
  }
  if (verdict) {
    if (analysis.overallSuccess) extraction.at('/overallSuccess', verdict.place)
    // An unfilled placeholder is template-placeholder's to report, once.
    else if (!isPlaceholder(verdict.text))
      extraction.report(
        'invalid-value',
        verdict.place,
        `Expected SUCCESS, PARTIAL or FAILURE, found \`${verdict.text}\``,
        { expected: 'SUCCESS, PARTIAL or FAILURE', actual: verdict.text }
      )
  }
  return dropEmpty(analysis)
}

function readVerdict(text: string | undefined): PlanAnalysis['overallSuccess'] {
  const word = normalizeKey(text ?? '').split(' ')[0]
  if (word === 'success' || word === 'successful') return 'success'
  if (word === 'partial' || word === 'partially') return 'partial'
  if (word === 'failure' || word === 'failed') return 'failure'
  return undefined
}

function readPlanRef(
  field: ReturnType<typeof pick>,
  fromPath: string,
  extraction: Extraction
): PlanAnalysis['planRef'] | undefined {
  if (!field) return undefined
  extraction.at('/planRef', field.place)
  const href =
    /\]\(([^)\s]+)/.exec(field.markdown)?.[1] ??
    (/\.md$/i.test(field.text) ? field.text : undefined)
  const path = href ? resolveLink(fromPath, href) : undefined
  return path ? { path } : { planId: field.text }
}
