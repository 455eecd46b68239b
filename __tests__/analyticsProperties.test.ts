import fc from 'fast-check'
import { describe, expect, test, vi } from 'vitest'
import { aggregate } from '../src/core/aggregate/aggregate.js'
import { parseDocument } from '../src/core/parseDocument.js'
import { schemaValidator, type SchemaName } from '../src/core/schemas/schemaValidator.js'
import { stableJson } from '../src/core/stableJson.js'
import { planMarkdown, type PlanFacts } from './helpers/planMarkdown.js'
import { propertyBudget } from './helpers/propertyBudget.js'

// Processes, git repositories, servers or many generated runs: allow for a slow machine.
vi.setConfig({ testTimeout: 60_000 })

/** Plans as agents write them, including the odd ones: no criteria, failed, unknown statuses, hostile names. */
const planFacts: fc.Arbitrary<PlanFacts> = fc.record(
  {
    agent: fc.constantFrom('claude', 'codex', 'cursor', '<b>@octocat</b>', 'x\ty'),
    category: fc.constantFrom(
      'debugging',
      'documentation',
      'code_review',
      'architecture',
      'made_up'
    ),
    complexity: fc.constantFrom('low', 'medium', 'high', 'extreme'),
    status: fc.constantFrom('COMPLETED', 'PARTIAL', 'FAILED', 'IN_PROGRESS', 'ABANDONED', 'DONE?'),
    criteria: fc.array(fc.constantFrom('x', ' ', 'X', '~'), { maxLength: 6 }),
    estimate: fc.constantFrom(
      '60 minutes',
      '2-3 hours',
      '~45 min',
      '90+ minutes',
      '-5 minutes',
      'soon'
    ),
    quality: fc.option(fc.integer({ min: -2, max: 12 }), { nil: undefined }),
    prompt: fc.option(fc.constantFrom('debug@1', 'debug@2', 'review@1'), { nil: undefined }),
    risks: fc.option(fc.array(fc.constantFrom('flaky CI', 'scope', '#1 risk'), { maxLength: 3 }), {
      nil: undefined
    })
  },
  { requiredKeys: ['agent', 'criteria'] }
)

const outputs: Array<[keyof ReturnType<typeof aggregate>, SchemaName]> = [
  ['plans', 'plans'],
  ['agentPerformance', 'agent-performance'],
  ['taskAnalytics', 'task-analytics'],
  ['promptEffectiveness', 'prompt-effectiveness']
]

function analyse(plans: readonly PlanFacts[], order: readonly number[]) {
  const documents = order.map((index) =>
    parseDocument(planMarkdown(plans[index] as PlanFacts), {
      path: `plans/${String(index).padStart(3, '0')}.md`
    })
  )
  return aggregate(documents, { source: { commit: 'a'.repeat(40), date: '2026-11-24T00:00:00Z' } })
}

const budget = propertyBudget(150, 8_000)

describe('analytics over generated plans', () => {
  test(
    'validate against their schemas, ignore the input order, and repeat byte for byte',
    () => {
      fc.assert(
        fc.property(
          fc
            .array(planFacts, { minLength: 1, maxLength: 12 })
            .chain((plans) =>
              fc.tuple(
                fc.constant(plans),
                fc.shuffledSubarray([...plans.keys()], { minLength: plans.length })
              )
            ),
          ([plans, shuffled]) => {
            const inOrder = analyse(plans, [...plans.keys()])
            const reordered = analyse(plans, shuffled)
            const again = analyse(plans, [...plans.keys()])
            for (const [key, schema] of outputs) {
              const validate = schemaValidator(schema)
              expect(
                validate(JSON.parse(stableJson(inOrder[key]))),
                JSON.stringify(validate.errors)
              ).toBe(true)
              expect(stableJson(reordered[key])).toBe(stableJson(inOrder[key]))
              expect(stableJson(again[key])).toBe(stableJson(inOrder[key]))
            }
          }
        ),
        budget.parameters
      )
    },
    budget.timeout
  )
})
