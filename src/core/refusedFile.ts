import { VFile } from 'vfile'
import { reportMessage, type Expectation } from './reportMessage.js'
import type { ResolvedConfig } from './resolveConfig.js'
import type { RuleId } from './rules/ruleCatalog.js'
import { serializeChecked, type SerializedDocument } from './document/serializeChecked.js'

/**
 * A file planmark did not analyse (unreadable, empty, too complex): no
 * document, one message under `ruleId` at `line`, column 1.
 */
export function refusedFile(
  path: string,
  config: ResolvedConfig,
  ruleId: RuleId,
  reason: string,
  expectation: Expectation,
  line = 1
): SerializedDocument {
  const file = new VFile({ path })
  reportMessage(file, config.rules, ruleId, { line, column: 1 }, reason, expectation)
  return serializeChecked(file)
}
