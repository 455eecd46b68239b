import type { Position } from 'unist'
import { VFile } from 'vfile'
import { VFileMessage } from 'vfile-message'
import type { ParsedDocument } from '../parseDocument.js'
import type { ExtractedDocument } from '../types/documents.js'

/** A checked file as plain JSON, for the cache, worker threads and shards: its messages, and its document when it could be read. */
export interface SerializedDocument {
  path: string
  messages: SerializedMessage[]
  parsed?: {
    document: ExtractedDocument
    valid: boolean
    /** Only the positions rules across documents still need. */
    positions: Record<string, Position>
  }
}

/** A vfile message as plain JSON. */
export interface SerializedMessage {
  reason: string
  ruleId?: string
  source?: string
  fatal?: boolean
  place?: Position | { line: number; column: number }
  expected?: string[]
  actual?: string
}

/** Pointers that `checkDocumentSet`, the prompt-history rule and the git-evidence rules report at. */
const setRulePointer =
  /^(|\/identity\/planId|\/planRef|\/prompts|\/version|\/linkedPlans\/\d+|\/categories\/\d+(\/(successRate|tasksCompleted|averageQuality))?|\/agent|\/progressTracking(\/totalDuration|\/phases\/\d+\/(start|end))?)$/

/** Turns a checked file into JSON, dropping what no later step reads. */
export function serializeChecked(file: VFile, parsed?: ParsedDocument): SerializedDocument {
  const serialized: SerializedDocument = {
    path: String(file.path),
    messages: file.messages.map((message) => {
      const entry: SerializedMessage = { reason: message.reason }
      if (message.ruleId) entry.ruleId = message.ruleId
      if (message.source) entry.source = message.source
      if (message.fatal !== undefined && message.fatal !== null) entry.fatal = message.fatal
      if (message.place) entry.place = message.place
      if (message.expected) entry.expected = message.expected
      if (message.actual) entry.actual = message.actual
      return entry
    })
  }
  if (parsed) {
    serialized.parsed = {
      document: parsed.document,
      valid: parsed.valid,
      positions: Object.fromEntries(
        Object.entries(parsed.positions).filter(([pointer]) => setRulePointer.test(pointer))
      )
    }
  }
  return serialized
}

/** Rebuilds a checked file (its vfile, messages and parsed document) from JSON. */
export function deserializeChecked(serialized: SerializedDocument): {
  file: VFile
  parsed?: ParsedDocument
} {
  const file = new VFile({ path: serialized.path })
  // vfile-message empties each message's stack: the trace every Error captures first (V8's
  // default) was most of the cost of rebuilding a cache's 26,000 messages, and is not taken.
  const stackTraceLimit = Error.stackTraceLimit
  Error.stackTraceLimit = 0
  try {
    for (const message of serialized.messages) {
      const rebuilt = new VFileMessage(message.reason, {
        place: message.place,
        ruleId: message.ruleId,
        source: message.source
      })
      rebuilt.file = serialized.path
      if (message.fatal !== undefined) rebuilt.fatal = message.fatal
      if (message.expected) rebuilt.expected = message.expected
      if (message.actual) rebuilt.actual = message.actual
      file.messages.push(rebuilt)
    }
  } finally {
    Error.stackTraceLimit = stackTraceLimit
  }
  if (!serialized.parsed) return { file }
  const { document, valid, positions } = serialized.parsed
  return { file, parsed: { document, valid, positions, file } }
}
