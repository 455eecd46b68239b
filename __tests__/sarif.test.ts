import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import * as draft04 from 'ajv-draft-04'
import * as formats from 'ajv-formats'
import { describe, expect, test } from 'vitest'
import { runCli } from './helpers/runCli.js'

const examples = new URL('../examples', import.meta.url).pathname
// The SARIF 2.1.0 schema (rtm.5, the one GitHub code scanning names), as Microsoft's SARIF SDK ships it.
const schemaPath = createRequire(import.meta.url).resolve(
  '@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json'
)
// CommonJS packages: their default export is module.exports.
const ajv = new draft04.default.default({
  allErrors: true,
  strict: false,
  // The schema's language pattern has a stray `]`, an error only under the u flag.
  unicodeRegExp: false
})
formats.default.default(ajv)
const validateSarif = ajv.compile(JSON.parse(readFileSync(schemaPath, 'utf8')))

function expectValid(log: unknown): void {
  const valid = validateSarif(log)
  expect(valid, JSON.stringify(validateSarif.errors, null, 2)).toBe(true)
}

describe('check --format sarif', () => {
  test('the examples’ findings are a valid SARIF 2.1.0 log, each at its file and region', async () => {
    const { code, stdout } = await runCli(['check', '--cwd', examples, '--format', 'sarif'])
    expect(code).toBe(0) // examples/planmark.config.json sets failOn: never
    const log = JSON.parse(stdout)
    expectValid(log)
    const [run] = log.runs
    expect(run.tool.driver.name).toBe('planmark')
    const json = JSON.parse(
      (await runCli(['check', '--cwd', examples, '--format', 'json'])).stdout
    ) as { documents: Array<{ path: string; messages: Array<{ line: number; ruleId: string }> }> }
    const expected = json.documents.flatMap((document) =>
      document.messages.map((message) => [document.path, message.line, message.ruleId])
    )
    expect(
      run.results.map(
        (result: {
          ruleId: string
          locations: Array<{
            physicalLocation: { artifactLocation: { uri: string }; region?: { startLine: number } }
          }>
        }) => [
          decodeURIComponent(result.locations[0]?.physicalLocation.artifactLocation.uri ?? ''),
          result.locations[0]?.physicalLocation.region?.startLine,
          result.ruleId
        ]
      )
    ).toEqual(expected)
    expect(expected.length).toBeGreaterThan(0)
    // Every result's rule is described, at the index it names.
    for (const result of run.results)
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(result.ruleId)
    expect(run.results.map((result: { level: string }) => result.level)).toContain('error')
  })

  test('odd file names, a file without a position and no findings at all stay valid', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planmark-sarif-'))
    mkdirSync(join(dir, 'plans'))
    writeFileSync(join(dir, 'plans', 'with space é #1?.md'), '# EXECUTION PLAN: x\n')
    writeFileSync(join(dir, 'plans', 'empty.md'), '')
    const { code, stdout } = await runCli(['check', '--cwd', dir, '--format', 'sarif'])
    expect(code).toBe(1)
    const log = JSON.parse(stdout)
    expectValid(log)
    const uris = log.runs[0].results.map(
      (result: { locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }) =>
        result.locations[0]?.physicalLocation.artifactLocation.uri
    )
    expect(uris).toContain('plans/with%20space%20%C3%A9%20%231%3F.md')
    const clean = mkdtempSync(join(tmpdir(), 'planmark-sarif-clean-'))
    writeFileSync(join(clean, 'tasks.md'), '# Tasks\n\n- [ ] a\n')
    const none = JSON.parse((await runCli(['check', '--cwd', clean, '--format', 'sarif'])).stdout)
    expectValid(none)
    expect(none.runs[0].results).toEqual([])
  })

  test('the schema check has teeth: a log without a version is refused', () => {
    expect(validateSarif({ runs: [] })).toBe(false)
  })
})
