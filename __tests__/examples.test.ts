import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import type { PlansIndex } from '../src/core/types/generated.js'

const root = new URL('..', import.meta.url).pathname
const examples = join(root, 'examples')
const weekly = 'agents/performance/reports/weekly'
/** The files `analyze` writes, which the history script copies out of the replayed repository. */
const analyzed = [
  'agents/performance/metrics/current/plans.json',
  'agents/performance/metrics/current/agent_performance.json',
  'agents/performance/metrics/current/task_analytics.json',
  'agents/performance/metrics/current/prompt_effectiveness.json',
  'agents/performance/reports/report.md'
]

describe('examples/', () => {
  test('its committed analytics, report and weekly reports are rebuilt byte for byte from the reproducible history (run `npm run example` when this fails)', () => {
    const out = mkdtempSync(join(tmpdir(), 'planmark-history-'))
    execFileSync(process.execPath, [join(root, 'scripts/build-example-history.js'), '--out', out], {
      cwd: root,
      stdio: 'pipe'
    })
    const committed = readdirSync(join(examples, weekly)).sort()
    expect(readdirSync(join(out, weekly)).sort()).toEqual(committed)
    expect(committed.length).toBeGreaterThanOrEqual(5)
    const files = [...analyzed, ...committed.map((file) => `${weekly}/${file}`)]
    for (const file of files)
      expect(readFileSync(join(out, file), 'utf8'), file).toBe(
        readFileSync(join(examples, file), 'utf8')
      )
  }, 60_000)

  test('the history behind them carries the git evidence the docs describe', () => {
    const plans = JSON.parse(
      readFileSync(join(examples, 'agents/performance/metrics/current/plans.json'), 'utf8')
    ) as PlansIndex
    const byName = (name: string) => plans.plans.find((plan) => plan.path.endsWith(name))
    expect(byName('search-index-rebuild.md')).toMatchObject({ agentSource: 'trailer' })
    expect(byName('dependency-upgrade.md')).toMatchObject({ agentSource: 'author' })
    expect(byName('dark-mode-toggle.md')?.status.evidence).toBe('contradicted')
    expect(byName('dark-mode-toggle.md')?.history?.revertedBy).toBeDefined()
    expect(byName('performance-system.md')?.findings.map((finding) => finding.ruleId)).toContain(
      'timeline-contradicts-git'
    )
  })
})
