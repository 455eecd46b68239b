import type { Point, Position } from 'unist'
import type { VFile } from 'vfile'
import { reportMessage, type Expectation } from './reportMessage.js'
import type { ResolvedConfig } from './resolveConfig.js'
import type { RuleId } from './rules/ruleCatalog.js'

/**
 * The state of one document's extraction: its source, the vfile that collects
 * messages, and where each extracted value came from, keyed by JSON Pointer
 * (`/phases/0/steps/2`) so schema errors and rules can point at the Markdown.
 */
export class Extraction {
  readonly positions: Record<string, Position> = {}
  /** Pointers whose text was reported as not understood, so schema validation does not report them again. */
  readonly invalid = new Set<string>()

  constructor(
    readonly source: string,
    readonly file: VFile,
    readonly config: ResolvedConfig
  ) {}

  /** Records that the value at `pointer` came from `place`. */
  at(pointer: string, place: Position | undefined): void {
    if (place) this.positions[pointer] = place
  }

  /** The recorded position of `pointer` or of its nearest ancestor. */
  placeOf(pointer: string): Position | undefined {
    for (let current = pointer; ; current = current.slice(0, current.lastIndexOf('/'))) {
      const place = this.positions[current]
      if (place) return place
      if (current === '') return undefined
    }
  }

  /** Reports a finding of `ruleId` at `place`. */
  report(
    ruleId: RuleId,
    place: Position | Point | undefined,
    reason: string,
    expectation?: Expectation
  ): void {
    reportMessage(this.file, this.config.rules, ruleId, place, reason, expectation)
  }
}
