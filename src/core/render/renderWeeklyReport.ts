import { compareText } from '../aggregate/analysedPlans.js'
import { isFinished } from '../aggregate/isFinished.js'
import {
  recentWeeks,
  weeklyTrend,
  type TrendSeries,
  type WeekPoint,
  type WeeklyTrend
} from '../aggregate/weeklyTrend.js'
import { weekBounds } from '../isoWeek.js'
import type { PlanRecord } from '../types/generated.js'
import { defuseAutolinks } from '../text/defuseAutolinks.js'
import { escapeHtml } from '../text/escapeHtml.js'
import { removeInvisible } from '../text/removeInvisible.js'
import { escapeMarkdown } from './escapeMarkdown.js'
import { formatNumber, formatRate } from './formatRate.js'
import { mermaidLabel } from './mermaidLabel.js'
import { outcomeLabel } from './outcomeLabel.js'
import { documentLink } from './documentLink.js'

/** The plans as they were at the end of one week (from git), or nothing before the first commit. */
export interface WeekSnapshot {
  week: string
  commit: string | null
  records: PlanRecord[]
}

/** What `renderWeeklyReport` renders. */
export interface WeeklyReportInput {
  /** The snapshots of the weeks up to and including the reported one, oldest first (at least two); the first is the trend's baseline. */
  snapshots: readonly WeekSnapshot[]
  /** The folder the report is written to: links to plans start from it. */
  reportDir: string
}

/**
 * Renders the weekly report of the last snapshot's week: plans started,
 * finished and stalled, the week per agent, findings opened and closed
 * against the week before, and the trend over all the snapshots. Pure: the
 * same snapshots give the same bytes.
 */
export function renderWeeklyReport({ snapshots, reportDir }: WeeklyReportInput): string {
  const current = snapshots[snapshots.length - 1]
  const previous = snapshots[snapshots.length - 2]
  if (!current || !previous)
    throw new RangeError('renderWeeklyReport needs the reported week and the week before')
  const { start, end } = weekBounds(current.week)
  const before = new Map(previous.records.map((record) => [record.path, record]))
  const link = (record: PlanRecord) =>
    `[${escapeMarkdown(record.title)}](${documentLink(reportDir, record.path)})`
  const agent = (record: PlanRecord) => escapeMarkdown(record.agent ?? '–')

  const started = current.records.filter(
    (record) => record.startTime !== undefined && inWeek(record.startTime, start, end)
  )
  const finished = current.records.filter(
    (record) => isFinished(record) && !isFinishedRecord(before.get(record.path))
  )
  const stalled = current.records.filter(
    (record) =>
      record.status.verified === 'open' &&
      before.get(record.path)?.blobId !== undefined &&
      before.get(record.path)?.blobId === record.blobId
  )
  const { opened, closed } = findingChanges(previous.records, current.records)

  const lines = [
    `# Weekly agent report: ${current.week}`,
    '',
    `Monday ${start.slice(0, 10)} to Sunday ${new Date(Date.parse(end) - 1).toISOString().slice(0, 10)} (UTC). Plans as of ${current.commit ? `commit \`${current.commit.slice(0, 12)}\`, the last before the week ended` : 'no commit (the repository had none yet)'}.`,
    '',
    '## This week',
    '',
    `- **Started**: ${started.length}`,
    `- **Finished**: ${finished.length} (verified success: ${finished.filter((record) => record.status.verified === 'success').length})`,
    `- **Stalled** (open and unchanged all week): ${stalled.length}`,
    `- **Findings** in plans (the same as plans.json lists): ${opened.length} opened, ${closed.length} closed`,
    ''
  ]
  if (started.length > 0) {
    lines.push(
      '### Started',
      '',
      '| Plan | Agent | Category | Started |',
      '| --- | --- | --- | --- |'
    )
    for (const record of started)
      lines.push(
        `| ${link(record)} | ${agent(record)} | ${escapeMarkdown(record.category ?? '–')} | ${record.startTime} |`
      )
    lines.push('')
  }
  if (finished.length > 0) {
    lines.push(
      '### Finished',
      '',
      '| Plan | Agent | Status | Boxes ticked |',
      '| --- | --- | --- | ---: |'
    )
    for (const record of finished)
      lines.push(
        `| ${link(record)} | ${agent(record)} | ${outcomeLabel(record)} | ${record.progress.done}/${record.progress.total} |`
      )
    lines.push('')
  }
  if (stalled.length > 0) {
    lines.push(
      '### Stalled',
      '',
      '| Plan | Agent | Status | Boxes ticked |',
      '| --- | --- | --- | ---: |'
    )
    for (const record of stalled)
      lines.push(
        `| ${link(record)} | ${agent(record)} | ${outcomeLabel(record)} | ${record.progress.done}/${record.progress.total} |`
      )
    lines.push('')
  }

  const agents = [
    ...new Set(current.records.flatMap((record) => (record.agent ? [record.agent] : [])))
  ].sort(compareText)
  if (agents.length > 0) {
    lines.push(
      '## Per agent',
      '',
      '| Agent | Started | Finished | Verified | Open | Findings opened | Findings closed |',
      '| --- | ---: | ---: | ---: | ---: | ---: | ---: |'
    )
    for (const name of agents) {
      const mine = (records: readonly PlanRecord[]) =>
        records.filter((record) => record.agent === name)
      const byAgent = (changes: readonly FindingChange[]) =>
        changes.filter((change) => change.agent === name).length
      lines.push(
        `| ${escapeMarkdown(name)} | ${mine(started).length} | ${mine(finished).length} | ${mine(finished).filter((record) => record.status.verified === 'success').length} | ${mine(current.records).filter((record) => record.status.verified === 'open').length} | ${byAgent(opened)} | ${byAgent(closed)} |`
      )
    }
    lines.push('')
  }

  lines.push(...renderTrend(weeklyTrend(snapshots)))

  if (opened.length + closed.length > 0) {
    lines.push('## Findings', '')
    for (const [title, changes] of [
      ['Opened', opened],
      ['Closed', closed]
    ] as const) {
      if (changes.length === 0) continue
      lines.push(`### ${title}`, '')
      for (const change of changes)
        lines.push(
          `- \`${change.ruleId}\` in ${escapeMarkdown(change.path)}${change.count > 1 ? ` (×${change.count})` : ''}`
        )
      lines.push('')
    }
  }
  return `${lines.join('\n').trimEnd()}\n`
}

interface FindingChange {
  path: string
  ruleId: string
  agent?: string
  count: number
}

function inWeek(timestamp: string, start: string, end: string): boolean {
  const instant = Date.parse(timestamp.length === 10 ? `${timestamp}T00:00:00Z` : timestamp)
  return instant >= Date.parse(start) && instant < Date.parse(end)
}

function isFinishedRecord(record: PlanRecord | undefined): boolean {
  return record !== undefined && isFinished(record)
}

/** Findings per plan and rule now against the week before, as counts: lines move, rules and plans do not. */
function findingChanges(
  before: readonly PlanRecord[],
  after: readonly PlanRecord[]
): { opened: FindingChange[]; closed: FindingChange[] } {
  const count = (records: readonly PlanRecord[]) => {
    const counts = new Map<string, FindingChange>()
    for (const record of records) {
      for (const finding of record.findings) {
        const key = `${record.path}\u0000${finding.ruleId}`
        const entry = counts.get(key) ?? {
          path: record.path,
          ruleId: finding.ruleId,
          ...(record.agent ? { agent: record.agent } : {}),
          count: 0
        }
        entry.count++
        counts.set(key, entry)
      }
    }
    return counts
  }
  const then = count(before)
  const now = count(after)
  const difference = (a: Map<string, FindingChange>, b: Map<string, FindingChange>) =>
    [...a.entries()]
      .flatMap(([key, entry]) => {
        const extra = entry.count - (b.get(key)?.count ?? 0)
        return extra > 0 ? [{ ...entry, count: extra }] : []
      })
      .sort((x, y) => compareText(x.path, y.path) || compareText(x.ruleId, y.ruleId))
  return { opened: difference(now, then), closed: difference(then, now) }
}

/**
 * The trend section: plans finished each week from the first week with data
 * (weekly counts, not running totals), verified success with its interval,
 * median minutes, and per agent and category the last weeks against the
 * earlier ones with regressions flagged (docs/metrics.md, Trends).
 */
function renderTrend(trend: WeeklyTrend): string[] {
  const first = trend.overall.findIndex((week) => week.finished > 0)
  const lines = [`## Trend (last ${trend.overall.length} weeks)`, '']
  if (first === -1) return [...lines, 'No plan finished in these weeks.', '']
  const shown = trend.overall.slice(first)
  lines.push(
    'Plans finished each week (a plan counts in the week it became finished), from the first week with data; verified success with its 95% interval; median actual minutes.',
    '',
    ...weekTable(shown),
    '',
    '```mermaid',
    'xychart-beta',
    '  title "Plans finished per week"',
    `  x-axis [${shown.map((week) => `"${mermaidLabel(week.week)}"`).join(', ')}]`,
    '  y-axis "Plans"',
    `  bar [${shown.map((week) => week.finished).join(', ')}]`,
    '```',
    ''
  )
  const withRate = shown.filter((week) => week.verified.interval !== null)
  if (withRate.length > 1) {
    const percent = (value: number | undefined) => Math.round((value ?? 0) * 100)
    lines.push(
      '```mermaid',
      'xychart-beta',
      '  title "Verified success per week (%), with its 95% interval"',
      `  x-axis [${withRate.map((week) => `"${mermaidLabel(week.week)}"`).join(', ')}]`,
      '  y-axis "Verified success (%)" 0 --> 100',
      `  line [${withRate.map((week) => percent(week.verified.rate ?? 0)).join(', ')}]`,
      `  line [${withRate.map((week) => percent(week.verified.interval?.lower)).join(', ')}]`,
      `  line [${withRate.map((week) => percent(week.verified.interval?.upper)).join(', ')}]`,
      '```',
      '',
      'Lines: verified success, and the lower and upper ends of its 95% interval; weeks without a verifiable plan are left out.',
      ''
    )
  }
  lines.push(
    `Regression: the last ${recentWeeks} weeks' verified success sits below the earlier weeks' with probability ≥ 0.95.`,
    ''
  )
  for (const [title, series] of [
    ['Per agent', trend.agents],
    ['Per category', trend.categories]
  ] as const) {
    if (series.length === 0) continue
    lines.push(
      `### ${title}`,
      '',
      `| ${title === 'Per agent' ? 'Agent' : 'Category'} | Finished per week | Earlier weeks | Last ${recentWeeks} weeks | P(last ${recentWeeks} below) | Regression |`,
      '| --- | --- | --- | --- | ---: | --- |'
    )
    for (const entry of series) lines.push(seriesRow(entry, first))
    lines.push('')
    for (const entry of series)
      lines.push(
        '<details>',
        // Inside raw HTML GitHub applies no Markdown: escape for HTML, not with backslashes.
        `<summary>${defuseAutolinks(escapeHtml(removeInvisible(entry.name))).replace(/\s+/g, ' ')}: each week</summary>`,
        '',
        ...weekTable(entry.weeks.slice(first)),
        '',
        '</details>',
        ''
      )
  }
  return lines
}

function weekTable(weeks: readonly WeekPoint[]): string[] {
  return [
    '| Week | Finished | Verified success | Median minutes |',
    '| --- | ---: | --- | ---: |',
    ...weeks.map(
      (week) =>
        `| ${week.week} | ${week.finished} | ${formatRate(week.verified)} | ${formatNumber(week.medianMinutes, 0)} |`
    )
  ]
}

function seriesRow(entry: TrendSeries, first: number): string {
  const counts = entry.weeks
    .slice(first)
    .map((week) => week.finished)
    .join(' · ')
  return `| ${escapeMarkdown(entry.name)} | ${counts} | ${formatRate(entry.earlier)} | ${formatRate(entry.recent)} | ${formatNumber(entry.probabilityWorse, 2)} | ${entry.regression ? '**regression**' : '–'} |`
}
