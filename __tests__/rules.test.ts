import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { ruleCatalog } from '../src/core/rules/ruleCatalog.js'
import { fixturesRoot, runFixture } from './helpers/fixtures.js'

const rulesDoc = readFileSync(new URL('../docs/rules.md', import.meta.url), 'utf8')

// These rules need a git history, which fixture folders cannot hold: their
// firing and passing cases are in promptHistory.test.ts and gitEvidence.test.ts.
const historyRules = new Set([
  'prompt-version-unbumped',
  'agent-mismatch',
  'timeline-contradicts-git'
])

describe.each(Object.keys(ruleCatalog).filter((ruleId) => !historyRules.has(ruleId)))(
  'rule %s',
  (ruleId) => {
    const dir = join(fixturesRoot, 'rules', ruleId)
    const ruleIds = async (which: string) =>
      (await runFixture(join(dir, which))).flatMap((file) =>
        file.messages.map((message) => message.split(' ')[2]?.replace(/:$/, ''))
      )

    test('has a fixture that triggers it', async () => {
      expect(existsSync(join(dir, 'fires'))).toBe(true)
      expect(await ruleIds('fires')).toContain(ruleId)
    })

    test('has a fixture that does not trigger it', async () => {
      expect(existsSync(join(dir, 'passes'))).toBe(true)
      expect(await ruleIds('passes')).not.toContain(ruleId)
    })
  }
)

test.each(Object.keys(ruleCatalog))('rule %s is documented with its severity', (ruleId) => {
  const section = rulesDoc.split(/^### /m).find((part) => part.startsWith(`\`${ruleId}\``))
  expect(section, `docs/rules.md has no section for ${ruleId}`).toBeDefined()
  expect(section).toContain(`Severity: ${ruleCatalog[ruleId as keyof typeof ruleCatalog].severity}`)
})

test('rule severities can be changed or turned off in the configuration', async () => {
  const { checkFiles } = await import('../src/pipeline/checkFiles.js')
  const cwd = join(fixturesRoot, 'rules', 'status-completed-unchecked', 'fires')
  const { files } = await checkFiles(['plan.md'], {
    cwd,
    config: { rules: { 'status-completed-unchecked': 'info', 'success-rate-mismatch': 'off' } }
  })
  const messages = files[0]?.file.messages ?? []
  expect(messages.map((message) => [message.ruleId, message.fatal])).toEqual([
    ['status-completed-unchecked', undefined]
  ])
})
