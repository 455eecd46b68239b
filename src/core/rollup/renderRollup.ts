import type { Analytics } from '../aggregate/aggregate.js'
import { escapeMarkdown } from '../render/escapeMarkdown.js'
import { formatRate } from '../render/formatRate.js'
import { renderReport } from '../render/renderReport.js'
import type { Rollup } from '../types/generated.js'

/**
 * The organisation report (GitHub Markdown): the repositories with their
 * counts and source commits, then the same sections as one repository's
 * report over every plan. Findings are counted, not listed: their links
 * point into other repositories.
 */
export function renderRollup(rollup: Rollup, analytics: Analytics, reportDir: string): string {
  const intro = [
    '# Organisation agent report',
    '',
    `Computed by planmark rollup from ${rollup.repositories.length} repositories' plans.json. The metrics are defined in planmark's docs/metrics.md; the recommendations use the same verdicts as one repository's report.`,
    '',
    '## Repositories',
    '',
    '| Repository | Source | Plans | Finished | Open | Verified success | Agents |',
    '| --- | --- | ---: | ---: | ---: | --- | --- |',
    ...rollup.repositories.map(
      (entry) =>
        `| ${escapeMarkdown(entry.repository)} | ${entry.source.commit ? `\`${entry.source.commit.slice(0, 12)}\` (${entry.source.date})` : 'outside git'} | ${entry.plans} | ${entry.finished} | ${entry.open} | ${formatRate(entry.verified)} | ${entry.agents.map(escapeMarkdown).join(', ') || '–'} |`
    ),
    ''
  ]
  return renderReport(analytics, { reportDir, intro, maxFindings: 0 })
}
