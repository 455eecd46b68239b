// A seeded generator of realistic planmark repositories for the benchmark:
// plans in the dialects real repositories use (bold or front-matter headers,
// PHASE/Milestone/Task headings, emoji statuses, [/] and [-] items, CRLF),
// analyses, reviews and prompts, sized from about 2 KB to 40 KB.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

/** A small deterministic PRNG (mulberry32). */
export function random(seed) {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const agents = ['Claude-Sonnet-4', 'codex', 'Cursor Agent', 'GitHub Copilot', 'gemini-2.5-pro']
const categories = [
  'debugging',
  'code_implementation',
  'architecture_design',
  'documentation',
  'code_review'
]
const levels = ['LOW', 'MEDIUM', 'HIGH']
const words =
  'parser cache token session retry schema index worker queue report metric export import config deploy rollback latency memory thread socket handler migration'.split(
    ' '
  )

function sentence(next, count) {
  return Array.from({ length: count }, () => words[Math.floor(next() * words.length)]).join(' ')
}

function pick(next, list) {
  return list[Math.floor(next() * list.length)]
}

/** One execution plan of about `phases` phases, in a dialect chosen by `next`. */
export function planMarkdown(next, index, phases) {
  const day = String(1 + (index % 28)).padStart(2, '0')
  const status = pick(next, [
    'COMPLETED',
    'COMPLETED',
    'PARTIAL',
    'IN_PROGRESS',
    'FAILED',
    '✅ DONE'
  ])
  const box = () => (next() < 0.75 ? 'x' : next() < 0.5 ? ' ' : pick(next, ['/', '-', 'X']))
  const frontMatter = next() < 0.3
  const lines = frontMatter
    ? [
        '---',
        'type: plan',
        `agent: ${pick(next, agents)}`,
        `start_time: "2026-10-${day}T09:00:00Z"`,
        `estimated_duration: ${30 + Math.floor(next() * 200)} minutes`,
        `task_category: ${pick(next, categories)}`,
        `complexity: ${pick(next, levels).toLowerCase()}`,
        '---',
        '',
        `# EXECUTION PLAN: ${sentence(next, 5)}`
      ]
    : [
        `# EXECUTION PLAN: ${sentence(next, 5)}`,
        '',
        `**Agent**: ${pick(next, agents)}  `,
        `**Start Time**: 2026-10-${day}T09:00:00Z  `,
        `**Estimated Duration**: ${1 + Math.floor(next() * 4)}-${5 + Math.floor(next() * 3)} hours  `,
        `**Task Category**: ${pick(next, categories)}  `,
        `**Complexity**: ${pick(next, levels)}  `,
        `**Prompt**: feature-impl@${1 + Math.floor(next() * 3)}`
      ]
  lines.push('', '## Mission Statement', sentence(next, 40), '', '## Success Criteria')
  for (let item = 0; item < 4; item++) lines.push(`- [${box()}] ${sentence(next, 8)}`)
  lines.push('', '## Execution Phases', '')
  const heading = pick(next, ['### Phase', '## PHASE', '## Milestone', '### Task'])
  for (let phase = 1; phase <= phases; phase++) {
    lines.push(
      `${heading} ${phase}: ${sentence(next, 3)} ${next() < 0.3 ? '✅ ' : ''}(Estimated: ${15 + Math.floor(next() * 60)} minutes)`,
      `**Objective**: ${sentence(next, 10)}`,
      '',
      '**Steps**:'
    )
    for (let step = 1; step <= 3; step++) {
      lines.push(
        `${step}. [${box()}] ${sentence(next, 9)}`,
        `   - **Expected Outcome**: ${sentence(next, 8)}`,
        `   - **Success Metric**: ${sentence(next, 6)}`,
        `   - **Risk Level**: ${pick(next, levels)}`,
        ''
      )
    }
    lines.push(
      '**Phase Completion Criteria**:',
      `- [${box()}] All steps completed`,
      `- [${box()}] Phase objectives met`,
      ''
    )
  }
  lines.push(
    '## Risk Assessment',
    '| Risk | Probability | Impact | Mitigation |',
    '|------|-------------|--------|------------|'
  )
  for (let risk = 0; risk < 3; risk++)
    lines.push(
      `| ${sentence(next, 4)} | ${pick(next, levels)} | ${pick(next, levels)} | ${sentence(next, 6)} |`
    )
  lines.push('', '## Progress Tracking')
  for (let phase = 1; phase <= Math.min(phases, 6); phase++)
    lines.push(
      `- **Phase ${phase} Start**: 2026-10-${day}T${String(8 + phase).padStart(2, '0')}:00:00Z`,
      `- **Phase ${phase} End**: 2026-10-${day}T${String(8 + phase).padStart(2, '0')}:45:00Z`
    )
  lines.push(
    '',
    '## Final Status',
    `- **Completion Status**: ${status}`,
    `- **Success Rate**: ${Math.floor(next() * 100)}%`,
    `- **Quality Score**: ${1 + Math.floor(next() * 9)}`,
    '- **Lessons Learned**:',
    `  - ${sentence(next, 12)}`,
    ''
  )
  const text = lines.join('\n')
  return next() < 0.1 ? text.replace(/\n/g, '\r\n') : text
}

function analysisMarkdown(next, plan) {
  return `# EXECUTION PLAN ANALYSIS\n\n**Plan**: [plan](../execution_plans/${plan})  \n**Agent**: ${pick(next, agents)}  \n**Reviewer**: dana  \n**Review Date**: 2026-10-30\n\n## Plan Effectiveness Assessment\n\n- **Phase Completion Rate**: ${Math.floor(next() * 100)}%\n- **Code Quality**: ${1 + Math.floor(next() * 9)}/10 - ${sentence(next, 6)}\n- **Overall Quality**: ${1 + Math.floor(next() * 9)}/10 - ${sentence(next, 6)}\n\n## Final Assessment\n- **Overall Success**: ${pick(next, ['SUCCESS', 'PARTIAL', 'FAILURE'])}\n`
}

function promptMarkdown(version) {
  return `---\nid: feature-impl\nversion: ${version}\ntype: task\ncategories: [code_implementation]\ndescription: Implement a feature.\n---\n\n# Feature implementation v${version}\n\nPlan first, then implement with tests.\n`
}

/**
 * Writes a repository of `documents` documents (90% plans, then analyses and
 * three prompt versions) under `root`; the same seed gives the same bytes.
 * Returns the paths written, relative to `root`.
 */
export function generateRepository(root, documents, seed = 1) {
  const next = random(seed)
  const paths = []
  const write = (path, text) => {
    mkdirSync(join(root, path, '..'), { recursive: true })
    writeFileSync(join(root, path), text)
    paths.push(path)
  }
  for (let version = 1; version <= 3; version++)
    write(`agents/performance/prompts/feature-impl-v${version}.md`, promptMarkdown(version))
  const plans = Math.max(1, Math.round((documents - 3) * 0.9))
  for (let index = 0; index < plans; index++) {
    // Sizes from about 2 KB (one phase) to 40 KB (about 25 phases), most of them small.
    const phases = 1 + Math.floor(24 * next() ** 3)
    write(
      `agents/performance/execution_plans/plan-${String(index).padStart(6, '0')}.md`,
      planMarkdown(next, index, phases)
    )
  }
  for (let index = 0; paths.length < documents; index++) {
    write(
      `agents/performance/plan_analysis/analysis-${String(index).padStart(6, '0')}.md`,
      analysisMarkdown(next, `plan-${String(index % plans).padStart(6, '0')}.md`)
    )
  }
  return paths
}
