import { execFileSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { analyze } from '../src/pipeline/analyze.js'

const root = new URL('..', import.meta.url).pathname
const examples = join(root, 'examples')
const weekly = 'agents/performance/reports/weekly'

describe('examples/', () => {
  test('its committed analytics and report are what analyze computes now (run `npm run example` when this fails)', async () => {
    const { outputs } = await analyze([], { cwd: examples })
    expect(outputs).toHaveLength(5)
    for (const output of outputs)
      expect(readFileSync(join(examples, output.path), 'utf8'), output.path).toBe(output.content)
  })

  test('its weekly reports are rebuilt byte for byte from the reproducible history', () => {
    const out = mkdtempSync(join(tmpdir(), 'planmark-history-'))
    execFileSync(process.execPath, [join(root, 'scripts/build-example-history.js'), '--out', out], {
      cwd: root,
      stdio: 'pipe'
    })
    const committed = readdirSync(join(examples, weekly)).sort()
    expect(readdirSync(join(out, weekly)).sort()).toEqual(committed)
    expect(committed.length).toBeGreaterThanOrEqual(5)
    for (const file of committed)
      expect(readFileSync(join(out, weekly, file), 'utf8'), file).toBe(
        readFileSync(join(examples, weekly, file), 'utf8')
      )
  }, 60_000)
})
