/** The facts of a small synthetic plan. */
export interface PlanFacts {
  agent: string
  category?: string
  complexity?: string
  status?: string
  criteria?: string[]
  estimate?: string
  quality?: number
  planId?: string
  prompt?: string
  /** [start, end] ISO timestamps per phase. */
  phases?: Array<[string, string]>
  risks?: string[]
  /** More header lines, such as `**Cost**: $1.20`. */
  header?: string[]
}

/** Writes a plan in the original format from its facts (criteria as `x` or ` `). */
export function planMarkdown(facts: PlanFacts): string {
  const lines = [
    `# EXECUTION PLAN: ${facts.agent} ${facts.category ?? 'debugging'}`,
    '',
    `**Agent**: ${facts.agent}  `,
    `**Start Time**: ${facts.phases?.[0]?.[0] ?? '2026-11-02T09:00:00Z'}  `,
    `**Estimated Duration**: ${facts.estimate ?? '60 minutes'}  `,
    `**Task Category**: ${facts.category ?? 'debugging'}  `,
    `**Complexity**: ${facts.complexity ?? 'medium'}`,
    ...(facts.planId ? [`**Plan ID**: ${facts.planId}  `] : []),
    ...(facts.prompt ? [`**Prompt**: ${facts.prompt}  `] : []),
    ...(facts.header ?? []).map((line) => `${line}  `),
    '',
    '## Success Criteria',
    ...(facts.criteria ?? []).map((state, index) => `- [${state}] criterion ${index + 1}`),
    ''
  ]
  if (facts.risks)
    lines.push(
      '## Risk Assessment',
      '| Risk | Probability | Impact | Mitigation |',
      '|---|---|---|---|',
      ...facts.risks.map((risk) => `| ${risk} | LOW | LOW | none |`),
      ''
    )
  if (facts.phases) {
    lines.push('## Progress Tracking')
    facts.phases.forEach(([start, end], index) =>
      lines.push(`- **Phase ${index + 1} Start**: ${start}`, `- **Phase ${index + 1} End**: ${end}`)
    )
    lines.push('')
  }
  lines.push('## Final Status', `- **Completion Status**: ${facts.status ?? 'COMPLETED'}`)
  if (facts.quality !== undefined) lines.push(`- **Quality Score**: ${facts.quality}`)
  return `${lines.join('\n')}\n`
}
