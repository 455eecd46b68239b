import { normalizeStatus } from '../../normalize/normalizeStatus.js'
import type { Status } from '../../types/generated.js'

/**
 * The status a dialect document states (its `Status:` field), when planmark
 * can read it. Not-started words (`To Do`, `Pending`, `Planned`) state no
 * status of the work yet; any other unknown word is the tool's own vocabulary,
 * not a mistake, so nothing is reported.
 */
export function statedStatus(written: string | undefined): Status | undefined {
  const text = written?.trim()
  if (!text || /^(to ?do|pending|planned|planning|not started|backlog|draft|ready)\b/i.test(text))
    return undefined
  return normalizeStatus(text)
}
