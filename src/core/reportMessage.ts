import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import { inertText } from './inertText.js'
import type { ResolvedConfig } from './resolveConfig.js'
import { ruleCatalog, type RuleId } from './rules/ruleCatalog.js'

/** What a finding expected and what it found, for the `expected …, found …` convention. */
export interface Expectation {
  expected?: string
  actual?: string
}

/**
 * Adds a positioned planmark message to `file`, with the rule's configured
 * severity (`off` drops it). Errors are `fatal: true`, warnings `false`, infos
 * `undefined`: vfile's convention, so reporters and editors show them right.
 */
export function reportMessage(
  file: VFile,
  rules: ResolvedConfig['rules'],
  ruleId: RuleId,
  place: Position | Point | undefined,
  reason: string,
  expectation: Expectation = {}
): void {
  const severity = rules[ruleId] ?? ruleCatalog[ruleId].severity
  if (severity === 'off') return
  // Reasons quote document text, and they are printed one per line (logs, terminals, annotations).
  const message = file.message(inertText(reason), { place, ruleId, source: 'planmark' })
  message.fatal = severity === 'error' ? true : severity === 'warning' ? false : undefined
  if (expectation.expected !== undefined) message.expected = [expectation.expected]
  if (expectation.actual !== undefined) message.actual = inertText(expectation.actual)
}
