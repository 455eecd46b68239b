import { compareText, type AnalysedPlan } from '../aggregate/analysedPlans.js'
import { boxChanges } from '../aggregate/tickedBoxes.js'
import { defuseAutolinks } from '../text/defuseAutolinks.js'
import { escapeHtml } from '../text/escapeHtml.js'
import { removeInvisible } from '../text/removeInvisible.js'
import type { PlanRecord } from '../types/generated.js'
import { escapeMarkdown } from './escapeMarkdown.js'
import { outcomeLabel } from './outcomeLabel.js'
import { encodePath } from './encodePath.js'

/** The hidden marker that finds planmark's sticky comment again. */
export const commentMarker = '<!-- planmark:pull-request-comment -->'

/** What the pull-request comment is made of. */
export interface PullRequestCommentInput {
  /** Plans at the head of the pull request. */
  head: readonly AnalysedPlan[]
  /**
   * Plans at the merge base, under their path at the head when the pull
   * request moved them: the change is measured against the base, not against
   * an earlier run.
   */
  base: readonly AnalysedPlan[]
  /** Paths the pull request changes. */
  touched: ReadonlySet<string>
  /**
   * The address of the head commit's files in the folder the paths are
   * relative to (`https://github.com/o/r/blob/<sha>/<folder>`): plans and
   * findings link there. Without it they are named by path.
   */
  fileUrl?: string
  /** A link to the full report, when there is one. */
  reportUrl?: string
  /** The largest body GitHub should receive (default 60,000 characters, under its 65,536 limit). */
  maxLength?: number
}

/** The comment body, and whether sections were left out to fit. */
export interface PullRequestComment {
  body: string
  truncated: boolean
}

/**
 * Renders the sticky pull-request comment: every plan the pull request
 * touches with its progress (GitHub's checkboxes, ticked out of all: the
 * figure `check`, the job summary and `plans.json` show), the boxes the pull
 * request ticked and unticked against the merge base, the progress per
 * section (adding up to the plan's), and the findings it adds, each with its
 * message and line. When the body would be too long, whole sections go in a
 * fixed order (sections, then findings, then the plan table) with a note
 * saying so. Pure; document text is escaped for where it goes.
 */
export function renderPullRequestComment(input: PullRequestCommentInput): PullRequestComment {
  const maxLength = input.maxLength ?? 60_000
  const base = new Map(input.base.map((plan) => [plan.record.path, plan]))
  const headPaths = new Set(input.head.map((plan) => plan.record.path))
  const plans = input.head
    .filter((plan) => input.touched.has(plan.record.path))
    .sort((a, b) => compareText(a.record.path, b.record.path))
  const removed = input.base.filter(
    (plan) => input.touched.has(plan.record.path) && !headPaths.has(plan.record.path)
  )
  const href = (path: string, line?: number) =>
    `${input.fileUrl}/${encodePath(path)}${line ? `#L${line}` : ''}`
  const name = (record: PlanRecord) =>
    input.fileUrl
      ? `[${escapeMarkdown(record.title)}](${href(record.path)})`
      : `${escapeMarkdown(record.title)} (${escapeMarkdown(record.path)})`
  const newFindings = plans.flatMap(({ record }) => {
    const before = new Map<string, number>()
    for (const finding of base.get(record.path)?.record.findings ?? [])
      before.set(finding.ruleId, (before.get(finding.ruleId) ?? 0) + 1)
    return record.findings.flatMap((finding) => {
      const left = before.get(finding.ruleId) ?? 0
      if (left > 0) {
        before.set(finding.ruleId, left - 1)
        return []
      }
      return [{ record, finding }]
    })
  })
  const change = ({ record, tickedBoxes }: AnalysedPlan) => {
    const before = base.get(record.path)
    if (!before) return 'new plan'
    const { ticked, unticked } = boxChanges(before.tickedBoxes, tickedBoxes)
    const added = record.progress.total - before.record.progress.total
    const parts = [
      ...(ticked ? [`${ticked} ticked`] : []),
      ...(unticked ? [`${unticked} unticked`] : []),
      ...(added ? [`${added > 0 ? '+' : ''}${added} box${Math.abs(added) === 1 ? '' : 'es'}`] : [])
    ]
    return parts.length ? parts.join(', ') : 'unchanged'
  }
  const done = (record: PlanRecord) => `${record.progress.done}/${record.progress.total}`
  const header = [
    '## planmark',
    '',
    `${plans.length} plan${plans.length === 1 ? '' : 's'} touched by this pull request; ${newFindings.length} new finding${newFindings.length === 1 ? '' : 's'}.`,
    ''
  ]
  const table = plans.length
    ? [
        '| Plan | Agent | Status | Boxes ticked | Change in this pull request |',
        '| --- | --- | --- | ---: | --- |',
        ...plans.map(
          (plan) =>
            `| ${name(plan.record)} | ${escapeMarkdown(plan.record.agent ?? '–')} | ${outcomeLabel(plan.record)} | ${done(plan.record)} | ${change(plan)} |`
        ),
        ...removed.map(
          ({ record }) =>
            `| ${escapeMarkdown(record.title)} (${escapeMarkdown(record.path)}) | ${escapeMarkdown(record.agent ?? '–')} | – | – | removed |`
        ),
        ''
      ]
    : []
  const sections = plans.flatMap(({ record }) => sectionDetails(record))
  const findings = newFindings.length
    ? [
        '### New findings',
        '',
        ...newFindings.map(({ record, finding }) => {
          const where = `${escapeMarkdown(record.title)}, line ${finding.line}`
          const place = input.fileUrl
            ? `[${where}](${href(record.path, finding.line)})`
            : `${where} (${escapeMarkdown(record.path)})`
          return `- **${finding.severity}** ${place}: ${escapeMarkdown(finding.message)} (\`${finding.ruleId}\`)`
        }),
        ''
      ]
    : []
  const footer = [
    ...(input.reportUrl ? [`[Full report](${encodeURI(input.reportUrl)})`, ''] : []),
    commentMarker
  ]
  // Sections in the order they are given up when the body is too long.
  const optional: Array<{ lines: string[]; name: string }> = [
    { name: 'progress by section', lines: sections },
    { name: 'new findings', lines: findings },
    { name: 'plan table', lines: table }
  ]
  const compose = (dropped: readonly string[]) => {
    const note = dropped.length
      ? [
          `_Left out to stay within GitHub's comment size: ${dropped.join(', ')}; see the full report._`,
          ''
        ]
      : []
    const kept = (section: string) =>
      dropped.includes(section)
        ? []
        : (optional.find((candidate) => candidate.name === section)?.lines ?? [])
    return (
      [
        ...header,
        ...kept('plan table'),
        ...kept('progress by section'),
        ...kept('new findings'),
        ...note,
        ...footer
      ].join('\n') + '\n'
    )
  }
  const dropped: string[] = []
  let body = compose(dropped)
  for (const section of optional.filter((candidate) => candidate.lines.length > 0)) {
    if (body.length <= maxLength) break
    dropped.push(section.name)
    body = compose(dropped)
  }
  return { body, truncated: dropped.length > 0 }
}

/** A plan's boxes per section, in a collapsed table whose rows add up to the plan's figure. */
function sectionDetails(record: PlanRecord): string[] {
  const { progress } = record
  if (progress.phases.length === 0) return []
  const row = (section: string, counts: { done: number; total: number }, status = '') =>
    `| ${section} | ${counts.done}/${counts.total} | ${status} |`
  const textStates = progress.boxes.inProgress + progress.boxes.dropped
  // Inside raw HTML GitHub applies no Markdown: escape for HTML, not with backslashes.
  const title = defuseAutolinks(escapeHtml(removeInvisible(record.title))).replace(/\s+/g, ' ')
  return [
    `<details><summary>${title}: boxes by section</summary>`,
    '',
    '| Section | Boxes ticked | Status |',
    '| --- | ---: | --- |',
    ...(progress.criteria.total > 0 ? [row('Success criteria', progress.criteria)] : []),
    ...progress.phases.map((phase) =>
      row(
        `Phase ${phase.number}: ${escapeMarkdown(phase.name)}`,
        phase,
        (phase.status ?? '').replace(/_/g, ' ')
      )
    ),
    ...(progress.other.total > 0 ? [row('Other boxes', progress.other)] : []),
    row('**All boxes**', progress),
    '',
    ...(textStates > 0
      ? [
          `${textStates} item${textStates === 1 ? ' is' : 's are'} marked \`[/]\`, \`[~]\` or \`[-]\`: GitHub shows ${textStates === 1 ? 'it' : 'them'} as text, not as a checkbox, so ${textStates === 1 ? 'it is' : 'they are'} not counted.`,
          ''
        ]
      : []),
    '</details>',
    ''
  ]
}
