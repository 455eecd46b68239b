import type { VFileMessage } from 'vfile-message'
import { severityOf } from '../findingOf.js'
import { ruleCatalog, type RuleInfo } from '../rules/ruleCatalog.js'
import { encodePath } from './encodePath.js'

/** One checked file's messages, its path relative to the repository's root. */
export interface SarifInput {
  path: string
  messages: readonly VFileMessage[]
}

const levels = { error: 'error', warning: 'warning', info: 'note' } as const

/** Where the rules are explained; code scanning links each alert's rule to it. */
const rulesHelp = 'https://github.com/planmark/planmark/blob/main/docs/rules.md'

/**
 * The findings as a SARIF 2.1.0 log (one run, tool planmark), for GitHub code
 * scanning and other SARIF readers, as eslint's SARIF formatter writes it:
 * every rule reported in `tool.driver.rules` (with its catalog summary and
 * default level), each result at its file's region when it has a line, and
 * its file relative to `%SRCROOT%`. Output is deterministic: files and
 * messages keep the order they are given in, rules are sorted by id.
 */
export function sarifLog(files: readonly SarifInput[], version: string): object {
  const ruleIds = [
    ...new Set(files.flatMap((file) => file.messages.map((message) => ruleIdOf(message))))
  ].sort()
  const rules = ruleIds.map((id) => {
    const info: RuleInfo | undefined = Object.hasOwn(ruleCatalog, id)
      ? (ruleCatalog as Record<string, RuleInfo>)[id]
      : undefined
    return {
      id,
      ...(info
        ? {
            shortDescription: { text: info.summary },
            defaultConfiguration: { level: levels[info.severity] }
          }
        : {}),
      helpUri: `${rulesHelp}#${id}`
    }
  })
  const results = files.flatMap((file) =>
    file.messages.map((message) => {
      const ruleId = ruleIdOf(message)
      const start = message.place && 'start' in message.place ? message.place.start : message.place
      const end = message.place && 'end' in message.place ? message.place.end : undefined
      const region =
        start?.line != null
          ? {
              startLine: start.line,
              ...(start.column != null ? { startColumn: start.column } : {}),
              ...(end?.line != null ? { endLine: end.line } : {}),
              ...(end?.column != null ? { endColumn: end.column } : {})
            }
          : undefined
      return {
        ruleId,
        ruleIndex: ruleIds.indexOf(ruleId),
        level: levels[severityOf(message)],
        message: { text: message.reason },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodePath(file.path), uriBaseId: '%SRCROOT%' },
              ...(region ? { region } : {})
            }
          }
        ]
      }
    })
  )
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'planmark',
            version,
            informationUri: 'https://github.com/planmark/planmark',
            rules
          }
        },
        results
      }
    ]
  }
}

function ruleIdOf(message: VFileMessage): string {
  return message.ruleId ?? 'planmark'
}
