import { compareText } from '../aggregate/analysedPlans.js'
import type { PlanRecord } from '../types/generated.js'
import { escapeMarkdown } from './escapeMarkdown.js'

/** The hidden marker that finds planmark's sticky comment again. */
export const commentMarker = '<!-- planmark:pull-request-comment -->'

/** What the pull-request comment is made of. */
export interface PullRequestCommentInput {
  /** Plans at the head of the pull request. */
  head: readonly PlanRecord[]
  /** Plans at the merge base: the change is measured against it, not against an earlier run. */
  base: readonly PlanRecord[]
  /** Paths the pull request changes. */
  touched: ReadonlySet<string>
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
 * Renders the sticky pull-request comment: progress of every plan the pull
 * request touches (per phase), the change against the merge base, and the
 * findings the pull request adds. When the body would be too long, whole
 * sections go in a fixed order (phase details, then the new findings, then
 * the plan table) with a note saying so. Pure; document text is escaped.
 */
export function renderPullRequestComment(input: PullRequestCommentInput): PullRequestComment {
  const maxLength = input.maxLength ?? 60_000
  const base = new Map(input.base.map((record) => [record.path, record]))
  const plans = input.head
    .filter((record) => input.touched.has(record.path))
    .sort((a, b) => compareText(a.path, b.path))
  const removed = input.base.filter(
    (record) =>
      input.touched.has(record.path) && !input.head.some((head) => head.path === record.path)
  )
  const newFindings = plans.flatMap((record) => {
    const before = new Map<string, number>()
    for (const finding of base.get(record.path)?.findings ?? [])
      before.set(finding.ruleId, (before.get(finding.ruleId) ?? 0) + 1)
    return record.findings.flatMap((finding) => {
      const left = before.get(finding.ruleId) ?? 0
      if (left > 0) {
        before.set(finding.ruleId, left - 1)
        return []
      }
      return [{ path: record.path, ...finding }]
    })
  })
  const done = (record: PlanRecord) => record.progress.criteria.done + record.progress.steps.done
  const total = (record: PlanRecord) => record.progress.criteria.total + record.progress.steps.total
  const change = (record: PlanRecord) => {
    const before = base.get(record.path)
    if (!before) return 'new'
    const delta = done(record) - done(before)
    return delta === 0 ? 'unchanged' : `${delta > 0 ? '+' : ''}${delta} done`
  }
  const header = [
    '## planmark',
    '',
    `${plans.length} plan${plans.length === 1 ? '' : 's'} touched by this pull request; ${newFindings.length} new finding${newFindings.length === 1 ? '' : 's'}.`,
    ''
  ]
  const table = plans.length
    ? [
        '| Plan | Agent | Claimed | Verified | Done | Change |',
        '| --- | --- | --- | --- | ---: | --- |',
        ...plans.map(
          (record) =>
            `| ${escapeMarkdown(record.path)} | ${escapeMarkdown(record.agent ?? '–')} | ${record.status.claimed} | ${record.status.verified} | ${done(record)}/${total(record)} | ${change(record)} |`
        ),
        ...removed.map(
          (record) =>
            `| ${escapeMarkdown(record.path)} | ${escapeMarkdown(record.agent ?? '–')} | – | – | – | removed |`
        ),
        ''
      ]
    : []
  const phases = plans
    .filter((record) => record.progress.phases.length > 0)
    .flatMap((record) => [
      `<details><summary>${escapeMarkdown(record.path)}: phases</summary>`,
      '',
      '| Phase | Done | Status |',
      '| --- | ---: | --- |',
      ...record.progress.phases.map(
        (phase) =>
          `| ${phase.number}. ${escapeMarkdown(phase.name)} | ${phase.done}/${phase.total} | ${phase.status ?? '–'} |`
      ),
      '',
      '</details>',
      ''
    ])
  const findings = newFindings.length
    ? [
        '### New findings',
        '',
        ...newFindings.map(
          (finding) =>
            `- ${finding.severity} \`${finding.ruleId}\` at ${escapeMarkdown(`${finding.path}:${finding.line}`)}`
        ),
        ''
      ]
    : []
  const footer = [
    ...(input.reportUrl ? [`[Full report](${encodeURI(input.reportUrl)})`, ''] : []),
    commentMarker
  ]
  // Sections in the order they are given up when the body is too long.
  const optional: Array<{ lines: string[]; name: string }> = [
    { name: 'phase details', lines: phases },
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
    const kept = (name: string) =>
      dropped.includes(name) ? [] : (optional.find((section) => section.name === name)?.lines ?? [])
    return (
      [
        ...header,
        ...kept('plan table'),
        ...kept('phase details'),
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
