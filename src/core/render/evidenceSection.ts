import type { Analytics } from '../aggregate/aggregate.js'
import type { AgentSource } from '../types/generated.js'
import { documentLink } from './documentLink.js'
import { escapeMarkdown } from './escapeMarkdown.js'
import { formatNumber, formatRate } from './formatRate.js'

const sources: ReadonlyArray<[AgentSource, string]> = [
  ['document', 'named by the document'],
  ['trailer', 'a co-author trailer'],
  ['author', 'a commit author or committer'],
  ['branch', 'a merged branch name'],
  ['configuration', 'a configured signature']
]

/**
 * The report's Evidence section (docs/metrics.md, Evidence): how many plans
 * got their agent from each source, the time git measured beside the time
 * plans claim, and each agent's evidenced success beside its consistent
 * (verified) success. Pure; document text is escaped.
 */
export function evidenceSection(analytics: Analytics, reportDir: string): string[] {
  const records = analytics.plans.plans
  const lines = [
    '## Evidence',
    '',
    'What git history (and, in the Action, GitHub) shows beyond what the plans say. Each signal and what it cannot see is described in docs/metrics.md.',
    ''
  ]
  const counts = sources.map(
    ([source, words]) =>
      `${records.filter((record) => record.agentSource === source).length} ${words}`
  )
  const none = records.filter((record) => record.agentSource === undefined).length
  lines.push(`- **Agent attribution**: ${counts.join(', ')}; ${none} with no agent.`)
  const measured = records.filter((record) => record.measuredMinutes !== undefined)
  lines.push(
    `- **Time**: ${measured.length} of ${records.length} plans measured by git (creation to completion commit).`,
    `- **Outcome levels**: ${(['evidenced', 'consistent', 'claimed', 'contradicted'] as const)
      .map(
        (level) => `${records.filter((record) => record.status.evidence === level).length} ${level}`
      )
      .join(', ')}.`,
    ''
  )
  const timed = measured.filter((record) => record.actualMinutes !== undefined)
  if (timed.length > 0) {
    lines.push(
      '| Plan | Claimed minutes | Measured by git | Contradicted |',
      '| --- | ---: | ---: | --- |'
    )
    for (const record of timed)
      lines.push(
        `| [${escapeMarkdown(record.title)}](${documentLink(reportDir, record.path)}) | ${formatNumber(record.actualMinutes, 0)} | ${formatNumber(record.measuredMinutes, 0)} | ${record.findings.some((finding) => finding.ruleId === 'timeline-contradicts-git') ? 'yes' : ''} |`
      )
    lines.push('')
  }
  const agents = analytics.agentPerformance.agents
  if (agents.length > 0) {
    lines.push(
      '| Agent | Consistent success (verified) | Evidenced success | Contradicted |',
      '| --- | --- | --- | ---: |'
    )
    for (const agent of agents) {
      const contradicted = records.filter(
        (record) => record.agent === agent.agent && record.status.evidence === 'contradicted'
      ).length
      lines.push(
        `| ${escapeMarkdown(agent.agent)} | ${formatRate(agent.verified)} | ${formatRate(agent.evidenced)} | ${contradicted} |`
      )
    }
    lines.push('')
  }
  return lines
}
