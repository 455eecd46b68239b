import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { agentSignatures } from '../src/core/evidence/agentSignatures.js'
import { checksConclusion } from '../src/core/evidence/checksConclusion.js'
import { evidenceLevel, evidenceStrength } from '../src/core/evidence/evidenceLevel.js'
import { parseLedger, serializeLedger } from '../src/core/evidence/evidenceLedger.js'
import type {
  ClaimedStatus,
  LedgerEntry,
  PlanHistory,
  VerifiedOutcome
} from '../src/core/types/generated.js'

const sha = fc.stringMatching(/^[0-9a-f]{40}$/)
const commitAt = fc.record({ commit: sha, date: fc.constant('2026-03-02T10:00:00Z') })
const pull = fc.record({
  number: fc.integer({ min: 1, max: 9999 }),
  merged: fc.boolean(),
  checks: fc.constantFrom('success', 'failure', 'pending', 'none' as const)
})
const history: fc.Arbitrary<PlanHistory> = fc.record(
  {
    commits: fc.integer({ min: 0, max: 9 }),
    reachedDefaultBranch: fc.boolean(),
    revertedBy: commitAt,
    pull
  },
  { requiredKeys: ['commits'] }
)
const status = fc.record({
  claimed: fc.constantFrom<ClaimedStatus>('completed', 'partial', 'failed', 'in_progress'),
  verified: fc.constantFrom<VerifiedOutcome>('success', 'failure', 'unverifiable', 'open')
})
const factKeys = ['reachedDefaultBranch', 'revertedBy', 'pull'] as const

describe('outcome levels', () => {
  test('removing evidence never raises the strength of a plan’s level', () => {
    fc.assert(
      fc.property(status, history, fc.subarray([...factKeys]), (plan, full, removed) => {
        const less: PlanHistory = { ...full }
        for (const key of removed) delete less[key]
        const before = evidenceStrength(evidenceLevel(plan, full))
        expect(evidenceStrength(evidenceLevel(plan, less))).toBeLessThanOrEqual(before)
        expect(evidenceStrength(evidenceLevel(plan, undefined))).toBeLessThanOrEqual(before)
      })
    )
  })

  test('evidenced needs a verified success that reached the default branch, unreverted, with no red checks', () => {
    const success = { claimed: 'completed' as const, verified: 'success' as const }
    expect(evidenceLevel(success, { commits: 2, reachedDefaultBranch: true })).toBe('evidenced')
    expect(evidenceLevel(success, { commits: 2 })).toBe('consistent')
    expect(
      evidenceLevel(success, {
        commits: 2,
        reachedDefaultBranch: true,
        pull: { number: 1, merged: true, checks: 'failure' }
      })
    ).toBe('contradicted')
    expect(evidenceLevel({ claimed: 'failed', verified: 'failure' }, undefined)).toBe('claimed')
  })

  test('check runs conclude failure over pending over success; none without runs', () => {
    expect(checksConclusion([])).toBe('none')
    expect(
      checksConclusion([
        { status: 'in_progress', conclusion: null },
        { status: 'completed', conclusion: 'timed_out' }
      ])
    ).toBe('failure')
    expect(checksConclusion([{ status: 'queued', conclusion: null }])).toBe('pending')
    expect(
      checksConclusion([
        { status: 'completed', conclusion: 'skipped' },
        { status: 'completed', conclusion: 'success' }
      ])
    ).toBe('success')
  })
})

describe('the evidence ledger', () => {
  const entry: fc.Arbitrary<LedgerEntry> = fc.record({
    plan: fc.string({ minLength: 1, maxLength: 40 }),
    commit: sha,
    pull: fc.option(pull, { nil: null })
  })

  test('round-trips byte for byte, whatever order the entries come in', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 20 }), (entries) => {
        const text = serializeLedger(entries)
        const read = parseLedger(text)
        expect(read.problems).toEqual([])
        expect(serializeLedger(read.entries)).toBe(text)
        expect(serializeLedger([...entries].reverse())).toBe(
          serializeLedger(parseLedger(serializeLedger(entries)).entries)
        )
      })
    )
  })

  test('is untrusted input: a bad line is reported with its number and skipped, the others kept', () => {
    const good = `{"commit":"${'a'.repeat(40)}","plan":"p.md","pull":null}`
    const text = [
      good,
      '{not json',
      '{"commit":"zz","plan":"p.md","pull":null}',
      `{"commit":"${'b'.repeat(40)}","plan":"q.md","pull":{"number":1,"merged":true,"checks":"green"}}`,
      `{"__proto__":{"x":1},"commit":"${'c'.repeat(40)}","plan":"r.md","pull":null}`,
      'x'.repeat(20_000)
    ].join('\n')
    const { entries, problems } = parseLedger(text)
    expect(entries).toEqual([{ commit: 'a'.repeat(40), plan: 'p.md', pull: null }])
    expect(problems.map((problem) => problem.line)).toEqual([2, 3, 4, 5, 6])
    expect(problems[0]?.reason).toMatch(/^Expected JSON, found a syntax error/)
    expect(problems[1]?.reason).toMatch(/^Expected a ledger entry, found \/commit must match/)
  })
})

test('every built-in agent signature names the public source it was checked against', () => {
  for (const signature of agentSignatures) {
    expect(signature.checkedAgainst).toMatch(/^https:\/\//)
    expect(
      [signature.email, signature.name, signature.nameSuffix, signature.branch].filter(Boolean)
    ).toHaveLength(1)
  }
})
