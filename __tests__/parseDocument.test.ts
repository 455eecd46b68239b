import { execFileSync } from 'node:child_process'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { parseDocument } from '../src/core/parseDocument.js'
import { schemaValidator } from '../src/core/schemas/schemaValidator.js'
import { checkFiles } from '../src/pipeline/checkFiles.js'
import { fixturesRoot } from './helpers/fixtures.js'
import { markdownDocument } from './helpers/markdownArbitrary.js'
import { propertyBudget } from './helpers/propertyBudget.js'

const budget = propertyBudget(300, 8_000)
const kinds = ['plan', 'analysis', 'review', 'prompt', 'checklist'] as const
const headings = [
  '# EXECUTION PLAN: x',
  '# EXECUTION PLAN ANALYSIS',
  '# AGENT PERFORMANCE REVIEW',
  ''
]

/** Documents with a kind's heading and header-like lines, then anything. */
const documentLike = fc
  .tuple(
    fc.constantFrom(...headings),
    fc.array(
      fc.constantFrom(
        '**Agent**: a',
        '**Start Time**: 2026-13-45',
        '**Estimated Duration**: Ongoing',
        '**Complexity**: MED',
        '**Plan ID**: P',
        'Session Period: 2026-01-01 to x',
        '## Final Status',
        '- **Success Rate**: 101%',
        '### Phase 0: (Estimated: )',
        '| Phase | Status |\n|---|---|\n| 1 | ✅ |'
      ),
      { maxLength: 12 }
    ),
    markdownDocument
  )
  .map(([heading, lines, body]) => [heading, ...lines, body].join('\n'))

describe('parseDocument', () => {
  test(
    'never throws, whatever the text, and reports every problem as a positioned message',
    () => {
      fc.assert(
        fc.property(
          fc.oneof(documentLike, fc.string({ unit: 'grapheme', maxLength: 300 })),
          fc.constantFrom(...kinds),
          (source, kindHint) => {
            const { document, file, valid } = parseDocument(source, { path: 'doc.md', kindHint })
            expect(document.identity.path).toBe('doc.md')
            for (const message of file.messages) {
              expect(message.line).toBeGreaterThanOrEqual(1)
              expect(message.ruleId).toBeTruthy()
            }
            // A valid document satisfies its schema; an invalid one says why.
            if (!valid)
              expect(file.messages.some((message) => message.ruleId === 'schema-violation')).toBe(
                true
              )
          }
        ),
        budget.parameters
      )
    },
    budget.timeout
  )

  test(
    'gives the same output for the same input',
    () => {
      fc.assert(
        fc.property(documentLike, (source) => {
          const first = parseDocument(source, { path: 'doc.md' })
          const second = parseDocument(source, { path: 'doc.md' })
          expect(JSON.stringify(second.document)).toBe(JSON.stringify(first.document))
          expect(second.file.messages.map(String)).toEqual(first.file.messages.map(String))
        }),
        budget.parameters
      )
    },
    budget.timeout
  )

  test('valid documents pass their schema again after a JSON round trip', () => {
    const { document, valid, file } = parseDocument(
      '# EXECUTION PLAN: x\n\n**Agent**: a\n**Start Time**: 2026-11-02\n**Estimated Duration**: 1h\n**Task Category**: debugging\n**Complexity**: low\n',
      { path: 'p.md' }
    )
    expect(valid).toBe(true)
    const roundTripped = JSON.parse(JSON.stringify(document))
    expect(roundTripped).toEqual(document)
    expect(schemaValidator('plan')(roundTripped)).toBe(true)
    expect(file.messages).toEqual([])
  })
})

test('blobId is the id git gives the file', async () => {
  const dir = join(fixturesRoot, 'dialects', 'crlf')
  const { files } = await checkFiles(['plan.md'], { cwd: dir })
  const gitId = execFileSync('git', ['hash-object', '--no-filters', 'plan.md'], {
    cwd: dir,
    encoding: 'utf8'
  }).trim()
  expect(files[0]?.parsed?.document.identity.blobId).toBe(gitId)
})

test('a byte order mark does not shift positions or hide tasks (library callers may pass one)', () => {
  const source = '# Tasks\n\n- [x] one\n- [ ] two\n'
  const withBom = parseDocument(`\ufeff${source}`, { path: 'tasks.md' })
  const without = parseDocument(source, { path: 'tasks.md' })
  expect(withBom.document).toEqual(without.document)
  expect(withBom.document.checkboxes).toMatchObject({ checked: 1, unchecked: 1 })
})
