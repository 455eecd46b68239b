import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { aggregate } from '../src/core/aggregate/aggregate.js'
import { parseDocument, type ParsedDocument } from '../src/core/parseDocument.js'
import { promptVersionOf } from '../src/core/prompts/promptVersionOf.js'
import { stableJson } from '../src/core/stableJson.js'
import { planMarkdown, type PlanFacts } from './helpers/planMarkdown.js'
import { propertyBudget } from './helpers/propertyBudget.js'

function parsePlans(plans: PlanFacts[], extra: Record<string, string> = {}): ParsedDocument[] {
  return [
    ...plans.map((facts, index) =>
      parseDocument(planMarkdown(facts), { path: `plans/${String(index).padStart(2, '0')}.md` })
    ),
    ...Object.entries(extra).map(([path, source]) => parseDocument(source, { path }))
  ]
}

const h = (time: string) => `2026-11-02T${time}:00Z`

describe('verified outcome of a plan', () => {
  test.each([
    ['COMPLETED', ['x', 'x'], 'success'],
    ['COMPLETED', ['x', ' '], 'failure'],
    ['PARTIAL', ['x', 'x'], 'failure'],
    ['ABANDONED', [' '], 'failure'],
    ['IN_PROGRESS', ['x'], 'open'],
    ['COMPLETED', [], 'unverifiable']
  ])('%s with boxes %j is %s', (status, criteria, verified) => {
    const { plans } = aggregate(parsePlans([{ agent: 'a', status, criteria }]))
    const claimed = status === 'IN_PROGRESS' ? 'in_progress' : String(status).toLowerCase()
    expect(plans.plans[0]?.status).toEqual({
      claimed,
      verified,
      // Without git, a verified success is only consistent; a completed claim its boxes refute is contradicted.
      evidence:
        verified === 'success'
          ? 'consistent'
          : claimed === 'completed' && verified === 'failure'
            ? 'contradicted'
            : 'claimed'
    })
  })

  test.each([
    ['FAILURE', 'failure'],
    ['PARTIAL', 'failure'],
    ['SUCCESS', 'success']
  ])('a reviewer verdict of %s makes a fully ticked COMPLETED plan a %s', (verdict, verified) => {
    const analysis = `# EXECUTION PLAN ANALYSIS\n\n**Plan ID**: P9  \n**Agent**: a  \n**Reviewer**: r  \n**Review Date**: 2026-11-03\n\n- **Overall Quality**: 2/10 - poor\n- **Overall Success**: ${verdict}\n`
    const { plans } = aggregate(
      parsePlans([{ agent: 'a', criteria: ['x', 'x'], planId: 'P9' }], {
        'analyses/p9.md': analysis
      })
    )
    expect(plans.plans[0]?.status).toEqual({
      claimed: 'completed',
      verified,
      evidence: verified === 'success' ? 'consistent' : 'contradicted',
      reviewer: verdict.toLowerCase()
    })
  })
})

describe('agent metrics, hand-computed', () => {
  const documents = parsePlans(
    [
      {
        agent: 'a',
        criteria: ['x', 'x'],
        quality: 9,
        planId: 'P1',
        estimate: '60 minutes',
        phases: [[h('09:00'), h('10:30')]]
      },
      {
        agent: 'a',
        criteria: ['x'],
        quality: 8,
        estimate: '30 minutes',
        phases: [[h('11:00'), h('11:30')]]
      },
      {
        agent: 'a',
        criteria: ['x', ' '],
        quality: 7,
        estimate: '1 hour',
        phases: [[h('12:00'), h('12:45')]]
      },
      {
        agent: 'a',
        status: 'IN_PROGRESS',
        criteria: [' '],
        estimate: '2 hours',
        phases: [[h('13:00'), h('13:10')]]
      },
      { agent: 'A', status: 'COMPLETED', criteria: [] }
    ],
    {
      'analyses/p1.md':
        '# EXECUTION PLAN ANALYSIS\n\n**Plan ID**: P1  \n**Agent**: a  \n**Reviewer**: r  \n**Review Date**: 2026-11-03\n\n- **Overall Quality**: 6/10 - fine\n'
    }
  )
  const [agent] = aggregate(documents).agentPerformance.agents

  test('counts by claimed status, with the alias-free spellings merged', () => {
    expect(agent?.agent).toBe('a')
    expect(agent?.plans).toBe(5)
    expect(agent?.byStatus).toEqual({ completed: 4, in_progress: 1 })
  })

  test('claimed and verified success with Wilson intervals', () => {
    // claimed: 4 completed of 4 finished; verified: 2 successes of 3 decided (1 unverifiable, 1 open)
    expect(agent?.claimed).toEqual({
      successes: 4,
      n: 4,
      rate: 1,
      interval: { lower: 0.5101, upper: 1 }
    })
    expect(agent?.verified).toEqual({
      successes: 2,
      n: 3,
      rate: 0.6667,
      interval: { lower: 0.2077, upper: 0.9385 }
    })
    expect(agent?.unverifiable).toBe(1)
  })

  test('quality: self, reviewer and the calibration gap on paired plans', () => {
    expect(agent?.quality).toEqual({
      self: { n: 3, mean: 8 },
      reviewer: { n: 1, mean: 6 },
      calibrationGap: { n: 1, mean: 3 }
    })
  })

  test('estimate accuracy over finished plans: 90/60, 30/30, 45/60', () => {
    expect(agent?.estimateAccuracy).toEqual({
      n: 3,
      median: 1,
      mean: 1.0833,
      // The fifth plan states no phase times and no Total Duration.
      excluded: { notCompleted: 0, noEstimate: 0, incompleteMeasurement: 1 },
      basis: { measured: 0, claimed: 3 }
    })
  })

  test('estimate accuracy leaves out a plan timed on one phase of three, and partial plans, and says so', () => {
    const plan = (status: string, timed: string) =>
      `# EXECUTION PLAN: x\n\n**Agent**: b\n**Estimated Duration**: 60 minutes\n\n### Phase 1: One\n- [x] a\n### Phase 2: Two\n- [x] b\n### Phase 3: Three\n- [x] c\n\n## Progress Tracking\n${timed}\n\n## Final Status\n- **Completion Status**: ${status}\n`
    const oneOfThree =
      '- **Phase 1 Start**: 2026-11-02T09:00:00Z\n- **Phase 1 End**: 2026-11-02T09:10:00Z'
    const all = [1, 2, 3]
      .map(
        (phase) =>
          `- **Phase ${phase} Start**: 2026-11-02T1${phase}:00:00Z\n- **Phase ${phase} End**: 2026-11-02T1${phase}:30:00Z`
      )
      .join('\n')
    const records = aggregate([
      parseDocument(plan('COMPLETED', oneOfThree), { path: 'a.md' }),
      parseDocument(plan('COMPLETED', all), { path: 'b.md' }),
      parseDocument(plan('PARTIAL', all), { path: 'c.md' })
    ])
    const [agent] = records.agentPerformance.agents
    expect(agent?.estimateAccuracy).toEqual({
      n: 1,
      median: 1.5,
      mean: 1.5,
      excluded: { notCompleted: 1, noEstimate: 0, incompleteMeasurement: 1 },
      basis: { measured: 0, claimed: 1 }
    })
    expect(
      records.plans.plans.find((record) => record.path === 'a.md')?.actualMinutes
    ).toBeUndefined()
  })

  test('findings per rule', () => {
    expect(agent?.findings.byRule).toEqual({ 'status-completed-unchecked': 1 })
    expect(agent?.findings.total).toBe(1)
  })
})

describe('task analytics, hand-computed', () => {
  test('duration against the band, risks and the recommendation', () => {
    const documents = parsePlans([
      // debugging/medium expects 30–90 minutes
      {
        agent: 'a',
        criteria: ['x'],
        phases: [[h('09:00'), h('09:20')]],
        risks: ['Flaky CI', 'Data loss']
      },
      { agent: 'a', criteria: ['x'], phases: [[h('10:00'), h('11:30')]], risks: ['flaky ci'] },
      { agent: 'b', criteria: [' '], phases: [[h('12:00'), h('14:00')]] },
      { agent: 'b', status: 'IN_PROGRESS', criteria: [' '], phases: [[h('15:00'), h('15:05')]] }
    ])
    const medium = aggregate(documents).taskAnalytics.categories.find(
      (entry) => entry.complexity === 'medium'
    )
    expect(medium).toMatchObject({
      category: 'debugging',
      plans: 4,
      verified: { successes: 2, n: 3 },
      durationMinutes: { n: 3, median: 90 },
      expectedMinutes: { min: 30, max: 90 },
      band: { below: 1, within: 1, above: 1 },
      frequentRisks: [
        { risk: 'Flaky CI', count: 2 },
        { risk: 'Data loss', count: 1 }
      ]
    })
    expect(medium?.recommendation.verdict).toBe('not_enough_data')
  })
})

describe('prompt effectiveness', () => {
  test('usage, success per version and the delta to the previous version', () => {
    const prompt = (version: string) =>
      `---\nid: triage\nversion: ${version}\ntype: task\ncategories: [debugging]\n---\n\nText.\n`
    const documents = parsePlans(
      [
        { agent: 'a', criteria: [' '], quality: 6, prompt: 'triage@1' },
        { agent: 'a', criteria: ['x'], quality: 8, prompt: 'triage@1' },
        { agent: 'b', criteria: ['x'], quality: 9, prompt: 'triage@2' },
        { agent: 'b', criteria: ['x'], quality: 9, prompt: 'triage@3' }
      ],
      { 'prompts/triage-v1.md': prompt('1'), 'prompts/triage-v2.md': prompt('2') }
    )
    const [triage] = aggregate(documents).promptEffectiveness.prompts
    expect(
      triage?.versions.map((version) => [
        version.version,
        version.known,
        version.plans,
        version.verified.rate,
        version.deltaToPrevious
      ])
    ).toEqual([
      ['1', true, 2, 0.5, null],
      // P(better) and Newcombe's interval checked against scipy 1.17 (Beta posteriors; Wilson limits).
      [
        '2',
        true,
        1,
        1,
        {
          previousVersion: '1',
          verifiedRate: 0.5,
          verifiedRateInterval: { lower: -0.391, upper: 0.9055 },
          probabilityBetter: 0.7,
          verdict: 'cant_tell',
          selfQuality: 2
        }
      ],
      [
        '3',
        false,
        1,
        1,
        {
          previousVersion: '2',
          verifiedRate: 0,
          verifiedRateInterval: { lower: -0.7935, upper: 0.7935 },
          probabilityBetter: 0.5,
          verdict: 'cant_tell',
          selfQuality: 0
        }
      ]
    ])
    expect(triage?.versions[0]?.agents).toEqual([
      {
        agent: 'a',
        plans: 2,
        verified: { successes: 1, n: 2, rate: 0.5, interval: { lower: 0.0945, upper: 0.9055 } }
      }
    ])
  })
})

describe('prompt versions are text as written, and changes are rounded once', () => {
  test('version 2.0 in YAML stays 2.0, and a quality change of 10/3 − 5/3 is 1.6667, not 3.3333 − 1.6667', () => {
    const prompt = (version: string) =>
      `---\nid: triage\nversion: ${version}\ntype: task\ncategories: [debugging]\n---\n\nText.\n`
    const documents = parsePlans(
      [
        { agent: 'a', criteria: ['x'], quality: 1, prompt: 'triage@1.0' },
        { agent: 'a', criteria: ['x'], quality: 2, prompt: 'triage@1.0' },
        { agent: 'a', criteria: ['x'], quality: 2, prompt: 'triage@1.0' },
        { agent: 'a', criteria: ['x'], quality: 3, prompt: 'triage@2.0' },
        { agent: 'a', criteria: ['x'], quality: 3, prompt: 'triage@2.0' },
        { agent: 'a', criteria: ['x'], quality: 4, prompt: 'triage@2.0' }
      ],
      { 'prompts/v1.md': prompt('1.0'), 'prompts/v2.md': prompt('2.0') }
    )
    const [triage] = aggregate(documents).promptEffectiveness.prompts
    expect(triage?.versions.map((version) => [version.version, version.known])).toEqual([
      ['1.0', true],
      ['2.0', true]
    ])
    expect(triage?.versions[1]?.deltaToPrevious?.selfQuality).toBe(1.6667)
  })

  test('git history reads a version exactly as the working tree does', () => {
    const source = (written: string) => `---\nid: x\nversion: ${written}\n---\n`
    const fromTree = (written: string) => {
      const { document } = parseDocument(source(written), { path: 'p.md', kindHint: 'prompt' })
      return document.kind === 'prompt' ? document.version : undefined
    }
    for (const written of ['2.0', '"2.0"', "'1.10'", '3 # bumped', '2.0.1'])
      expect(promptVersionOf(source(written)), written).toBe(fromTree(written))
    expect(promptVersionOf(source('2.0'))).toBe('2.0')
  })
})

describe('determinism', () => {
  const documents = parsePlans([
    { agent: 'a', criteria: ['x'], prompt: 'p@1', risks: ['r'] },
    { agent: 'b', category: 'documentation', criteria: [' '], status: 'PARTIAL' },
    { agent: 'c', category: 'code_review', complexity: 'low', criteria: ['x', 'x'], quality: 7 }
  ])
  const files = (input: readonly ParsedDocument[]) => {
    const analytics = aggregate(input, {
      source: { commit: 'a'.repeat(40), date: '2026-11-24T00:00:00Z' }
    })
    return Object.values(analytics).map(stableJson)
  }

  test('the same inputs give the same bytes', () => {
    expect(files(documents)).toEqual(files(documents))
  })

  const shuffles = propertyBudget(100, 5_000)
  test(
    'the input order does not matter',
    () => {
      const expected = files(documents)
      fc.assert(
        fc.property(fc.shuffledSubarray(documents, { minLength: documents.length }), (shuffled) => {
          expect(files(shuffled)).toEqual(expected)
        }),
        shuffles.parameters
      )
    },
    shuffles.timeout
  )

  test('object keys are sorted at every depth', () => {
    expect(stableJson({ b: 1, a: { d: [{ f: 1, e: 2 }], c: null } })).toBe(
      '{\n  "a": {\n    "c": null,\n    "d": [\n      {\n        "e": 2,\n        "f": 1\n      }\n    ]\n  },\n  "b": 1\n}\n'
    )
  })
})
