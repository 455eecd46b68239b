import type { Analytics } from '../aggregate/aggregate.js'
import type { EstimateAccuracy } from '../types/generated.js'
import { escapeMarkdown } from './escapeMarkdown.js'
import { formatNumber, formatRate } from './formatRate.js'
import { formatCost, formatSpread, formatTokens } from './formatUsage.js'
import { mermaidLabel } from './mermaidLabel.js'
import { documentLink } from './documentLink.js'
import { evidenceSection } from './evidenceSection.js'

/** Options of `renderReport`. */
export interface ReportOptions {
  /** The folder the report is written to, relative to the repository root: links to documents start from it. */
  reportDir: string
  /** At most this many findings are listed one by one (default 200). */
  maxFindings?: number
  /** Lines that replace the title and source line (the organisation roll-up's). */
  intro?: readonly string[]
}

const verdictWords = {
  clear_choice: 'Clear choice',
  tie: 'Tie',
  not_enough_data: 'Not enough data',
  no_good_choice: 'No good choice'
} as const

/** A prompt version's change in words (docs/metrics.md). */
const versionVerdicts = {
  better: 'better',
  worse: 'worse',
  cant_tell: 'can’t tell yet'
} as const

/**
 * Renders the repository report (GitHub Markdown): summary, leaderboard,
 * agent × category matrix, recommendations, prompt versions, calibration,
 * evidence from git, data-quality findings and Mermaid charts. Pure; every text from the
 * documents is escaped, so plans cannot inject HTML, images or mentions.
 */
export function renderReport(analytics: Analytics, options: ReportOptions): string {
  const { plans, agentPerformance, taskAnalytics, promptEffectiveness } = analytics
  const agents = agentPerformance.agents
  const records = plans.plans
  const source = plans.source.commit
    ? `commit \`${plans.source.commit.slice(0, 12)}\` (${plans.source.date})${plans.source.uncommittedChanges ? ' and uncommitted changes to its documents' : ''}`
    : 'a working tree outside git'
  const lines: string[] = options.intro
    ? [...options.intro]
    : [
        '# Agent performance report',
        '',
        `Computed by planmark from ${source}. The metrics are defined in planmark's docs/metrics.md.`,
        ''
      ]

  const decided = records.filter(
    (record) => record.status.verified === 'success' || record.status.verified === 'failure'
  )
  const claimedDone = records.filter((record) => record.status.claimed === 'completed').length
  const verifiedDone = records.filter((record) => record.status.verified === 'success').length
  const findings = records.flatMap((record) =>
    record.findings.map((finding) => ({ ...finding, path: record.path }))
  )
  lines.push(
    '## Summary',
    '',
    `- **Plans**: ${records.length} from ${agents.length} agents; ${decided.length} finished with a verifiable outcome, ${records.filter((record) => record.status.verified === 'open').length} open.`,
    `- **Claimed completed**: ${claimedDone}; **verified** (every success criterion and step checked): ${verifiedDone}.`,
    `- **Findings in plans**: ${findings.filter((finding) => finding.severity === 'error').length} errors, ${findings.filter((finding) => finding.severity === 'warning').length} warnings.`,
    ''
  )

  lines.push(
    '## Leaderboard',
    '',
    'Ranked by the lower bound of the 95% interval of verified success, so a small sample does not look better than it is.',
    ''
  )
  lines.push(
    '| Agent | Plans | Claimed success | Verified success | Unverifiable | Findings |',
    '| --- | ---: | --- | --- | ---: | ---: |'
  )
  const ranked = [...agents].sort(
    (a, b) =>
      (b.verified.interval?.lower ?? -1) - (a.verified.interval?.lower ?? -1) ||
      (a.agent < b.agent ? -1 : 1)
  )
  for (const agent of ranked) {
    lines.push(
      `| ${escapeMarkdown(agent.agent)} | ${agent.plans} | ${formatRate(agent.claimed)} | ${formatRate(agent.verified)} | ${agent.unverifiable} | ${agent.findings.total} |`
    )
  }
  lines.push('')
  if (ranked.some((agent) => agent.verified.rate !== null)) {
    lines.push(
      '```mermaid',
      'xychart-beta',
      '  title "Verified success by agent (%)"',
      `  x-axis [${ranked.map((agent) => `"${mermaidLabel(agent.agent)}"`).join(', ')}]`,
      '  y-axis "Verified success (%)" 0 --> 100',
      `  bar [${ranked.map((agent) => Math.round((agent.verified.rate ?? 0) * 100)).join(', ')}]`,
      `  line [${ranked.map((agent) => Math.round((agent.verified.interval?.lower ?? 0) * 100)).join(', ')}]`,
      `  line [${ranked.map((agent) => Math.round((agent.verified.interval?.upper ?? 0) * 100)).join(', ')}]`,
      '```',
      '',
      'Bars: verified success; lines: the lower and upper ends of its 95% interval, so a short bar on few plans is read with its uncertainty. An agent at 0% has no bar; its upper line still shows how high its rate could be.',
      ''
    )
  }

  const categories = [...new Set(taskAnalytics.categories.map((entry) => entry.category))]
  if (categories.length > 0 && agents.length > 0) {
    lines.push(
      '## Agent × category',
      '',
      'Verified successes / verifiable plans (rate, 95% interval).',
      ''
    )
    lines.push(
      `| Agent | ${categories.map(escapeMarkdown).join(' | ')} |`,
      `| --- |${categories.map(() => ' --- |').join('')}`
    )
    for (const agent of agents) {
      const cells = categories.map((category) => {
        const entry = agent.categories.find((candidate) => candidate.category === category)
        return entry ? formatRate(entry.verified) : ''
      })
      lines.push(`| ${escapeMarkdown(agent.agent)} | ${cells.join(' | ')} |`)
    }
    lines.push('')
  }

  const overall = taskAnalytics.categories.filter((entry) => entry.complexity === 'all')
  if (overall.length > 0) {
    lines.push(
      '## Recommendations',
      '',
      'Which agent to give the next task of each category, and how sure that is.',
      ''
    )
    lines.push(
      '| Category | Plans | Verified success | Median minutes | Verdict | Why |',
      '| --- | ---: | --- | --- | --- | --- |'
    )
    for (const entry of overall) {
      const verdict = verdictWords[entry.recommendation.verdict]
      const pick = entry.recommendation.recommended
        ? `: **${escapeMarkdown(entry.recommendation.recommended)}**`
        : ''
      lines.push(
        `| ${escapeMarkdown(entry.category)} | ${entry.plans} | ${formatRate(entry.verified)} | ${formatNumber(entry.durationMinutes.median, 0)} | ${verdict}${pick} | ${escapeMarkdown(entry.recommendation.reason)} |`
      )
    }
    lines.push('')
  }

  if (promptEffectiveness.prompts.length > 0) {
    lines.push(
      '## Prompt versions',
      '',
      '| Prompt | Version | Plans | Verified success | Self quality | Change vs previous |',
      '| --- | --- | ---: | --- | ---: | --- |'
    )
    for (const prompt of promptEffectiveness.prompts) {
      for (const version of prompt.versions) {
        const delta = version.deltaToPrevious
        const change = delta
          ? `vs ${escapeMarkdown(delta.previousVersion)}: ${versionVerdicts[delta.verdict]}; success ${signed(delta.verifiedRate, 100, '%')}${delta.verifiedRateInterval ? ` (95% interval ${signed(delta.verifiedRateInterval.lower, 100, '')} to ${signed(delta.verifiedRateInterval.upper, 100, '%')})` : ''}, quality ${signed(delta.selfQuality, 1, '')}`
          : '–'
        const name = version.known
          ? escapeMarkdown(version.version)
          : `${escapeMarkdown(version.version)} (no prompt file)`
        lines.push(
          `| ${escapeMarkdown(prompt.id)} | ${name} | ${version.plans} | ${formatRate(version.verified)} | ${formatNumber(version.quality.self.mean)} | ${change} |`
        )
      }
    }
    lines.push('')
  }

  lines.push(
    '## Calibration',
    '',
    'Self-reported quality against reviewers’ (analyses), and actual against estimated time (1.0 is on time), on finished plans that claim completed and have an estimate and a complete time measurement (git’s measured minutes where the history has them, else every phase timed, or a Total Duration).',
    ''
  )
  lines.push(
    '| Agent | Self quality | Reviewer quality | Gap (self − reviewer) | Estimate accuracy (median, n) | Finished plans left out |',
    '| --- | ---: | ---: | ---: | --- | --- |'
  )
  for (const agent of agents) {
    const { self, reviewer, calibrationGap } = agent.quality
    lines.push(
      `| ${escapeMarkdown(agent.agent)} | ${formatNumber(self.mean)} | ${formatNumber(reviewer.mean)} | ${calibrationGap.mean === null ? '–' : `${signed(calibrationGap.mean, 1, '')} (n=${calibrationGap.n})`} | ${agent.estimateAccuracy.median === null ? '–' : `${formatNumber(agent.estimateAccuracy.median, 2)} (n=${agent.estimateAccuracy.n}${agent.estimateAccuracy.basis.measured > 0 ? `, ${agent.estimateAccuracy.basis.measured} measured by git` : ''})`} | ${leftOut(agent.estimateAccuracy.excluded)} |`
    )
  }
  lines.push('')

  lines.push(
    '## Time and cost',
    '',
    'Actual minutes of finished plans as median / 90th percentile (linear interpolation, as numpy.percentile), tokens and stated cost of finished plans; cost per verified success counts what failures cost too.',
    '',
    '| Agent | Minutes p50 / p90 | Tokens | Cost |',
    '| --- | --- | --- | --- |'
  )
  for (const agent of agents)
    lines.push(
      `| ${escapeMarkdown(agent.agent)} | ${formatSpread(agent.durationMinutes)} | ${formatTokens(agent.usage)} | ${formatCost(agent.usage)} |`
    )
  lines.push('')
  if (overall.length > 0) {
    lines.push(
      '| Category | Minutes p50 / p90 | Estimate accuracy (median, n) | Finished plans left out | Tokens | Cost |',
      '| --- | --- | --- | --- | --- | --- |'
    )
    for (const entry of overall)
      lines.push(
        `| ${escapeMarkdown(entry.category)} | ${formatSpread(entry.durationMinutes)} | ${entry.estimateAccuracy.median === null ? '–' : `${formatNumber(entry.estimateAccuracy.median, 2)} (n=${entry.estimateAccuracy.n})`} | ${leftOut(entry.estimateAccuracy.excluded)} | ${formatTokens(entry.usage)} | ${formatCost(entry.usage)} |`
      )
    lines.push('')
  }
  const versionsWithCost = promptEffectiveness.prompts.flatMap((prompt) =>
    prompt.versions
      .filter((version) => version.usage.cost.length > 0 || version.usage.inputTokens.n > 0)
      .map((version) => ({ id: prompt.id, version }))
  )
  if (versionsWithCost.length > 0) {
    lines.push('| Prompt | Version | Tokens | Cost |', '| --- | --- | --- | --- |')
    for (const { id, version } of versionsWithCost)
      lines.push(
        `| ${escapeMarkdown(id)} | ${escapeMarkdown(version.version)} | ${formatTokens(version.usage)} | ${formatCost(version.usage)} |`
      )
    lines.push('')
  }

  lines.push(...evidenceSection(analytics, options.reportDir))

  lines.push('## Data quality', '')
  if (findings.length === 0) lines.push('No findings in plans.', '')
  else {
    const byRule = new Map<string, number>()
    for (const finding of findings)
      byRule.set(finding.ruleId, (byRule.get(finding.ruleId) ?? 0) + 1)
    lines.push('| Rule | Findings |', '| --- | ---: |')
    for (const [rule, count] of [...byRule].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))) {
      lines.push(`| \`${rule}\` | ${count} |`)
    }
    lines.push('')
    const max = options.maxFindings ?? 200
    for (const finding of findings.slice(0, max)) {
      const link = `${documentLink(options.reportDir, finding.path)}#L${finding.line}`
      lines.push(
        `- ${finding.severity} \`${finding.ruleId}\` in [${escapeMarkdown(`${finding.path}:${finding.line}`)}](${link})`
      )
    }
    if (findings.length > max)
      lines.push(`- … and ${findings.length - max} more; run \`planmark check\` for all of them.`)
    lines.push('')
  }
  return `${lines.join('\n').trimEnd()}\n`
}

function signed(value: number | null, scale: number, unit: string): string {
  if (value === null) return '–'
  const scaled = Math.round(value * scale * 10) / 10
  return `${scaled > 0 ? '+' : ''}${scaled}${unit}`
}

/** The finished plans estimate accuracy leaves out, by reason, in words. */
function leftOut(excluded: EstimateAccuracy['excluded']): string {
  const reasons = [
    [excluded.notCompleted, 'not completed'],
    [excluded.noEstimate, 'no estimate'],
    [excluded.incompleteMeasurement, 'time not fully measured']
  ] as const
  return (
    reasons
      .filter(([count]) => count > 0)
      .map(([count, reason]) => `${count} ${reason}`)
      .join(', ') || '–'
  )
}
