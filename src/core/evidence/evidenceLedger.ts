import { schemaValidator } from '../schemas/schemaValidator.js'
import { stableJson } from '../stableJson.js'
import type { LedgerEntry } from '../types/generated.js'

/** A ledger line that was not read, with where it is and why. */
export interface LedgerProblem {
  line: number
  reason: string
}

/** Lines longer than this are refused unread: a ledger line is a few hundred bytes. */
const maxLineLength = 16 * 1024

/**
 * Reads evidence.jsonl, untrusted like any file in the repository: each line
 * is parsed and validated against schemas/evidence-ledger.schema.json; a bad
 * line is reported with its number and skipped, never stopping the others. A
 * later line for the same plan and commit replaces an earlier one.
 */
export function parseLedger(text: string): { entries: LedgerEntry[]; problems: LedgerProblem[] } {
  const validate = schemaValidator('evidence-ledger')
  const byKey = new Map<string, LedgerEntry>()
  const problems: LedgerProblem[] = []
  text.split('\n').forEach((raw, index) => {
    const line = raw.replace(/\r$/, '')
    if (line.trim() === '') return
    if (line.length > maxLineLength) {
      problems.push({
        line: index + 1,
        reason: `Expected a line of at most ${maxLineLength} characters, found ${line.length}`
      })
      return
    }
    let value: unknown
    try {
      value = JSON.parse(line)
    } catch (error) {
      problems.push({
        line: index + 1,
        reason: `Expected JSON, found a syntax error: ${(error as Error).message}`
      })
      return
    }
    if (!validate(value)) {
      const first = validate.errors?.[0]
      problems.push({
        line: index + 1,
        reason: `Expected a ledger entry, found ${first ? `${first.instancePath || 'the entry'} ${first.message ?? 'invalid'}` : 'an invalid entry'}`
      })
      return
    }
    const entry = value as LedgerEntry
    byKey.set(ledgerKey(entry), entry)
  })
  return { entries: sortLedger([...byKey.values()]), problems }
}

/** The ledger as text: one line per entry, keys sorted, entries sorted by plan then commit, a final newline. */
export function serializeLedger(entries: readonly LedgerEntry[]): string {
  return sortLedger(entries)
    .map((entry) => JSON.stringify(JSON.parse(stableJson(entry))))
    .map((line) => `${line}\n`)
    .join('')
}

/** Merges new entries into the ledger: one entry per plan and commit, the newer one kept. */
export function mergeLedger(
  old: readonly LedgerEntry[],
  learned: readonly LedgerEntry[]
): LedgerEntry[] {
  const byKey = new Map<string, LedgerEntry>()
  for (const entry of [...old, ...learned]) byKey.set(ledgerKey(entry), entry)
  return sortLedger([...byKey.values()])
}

/** The key of an entry: plan and commit. */
export function ledgerKey(entry: Pick<LedgerEntry, 'plan' | 'commit'>): string {
  return `${entry.plan}\u0000${entry.commit}`
}

function sortLedger(entries: readonly LedgerEntry[]): LedgerEntry[] {
  return [...entries].sort((a, b) => {
    const x = ledgerKey(a)
    const y = ledgerKey(b)
    return x < y ? -1 : x > y ? 1 : 0
  })
}
