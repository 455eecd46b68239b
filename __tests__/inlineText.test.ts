import { describe, expect, test } from 'vitest'
import { parseDocument } from '../src/core/parseDocument.js'

/** The plan header field values planmark reads from `lines`. */
function header(lines: string) {
  const { document } = parseDocument(`# EXECUTION PLAN: x\n\n${lines}\n`, { path: 'plan.md' })
  if (document.kind !== 'plan') throw new Error(`expected a plan, got ${document.kind}`)
  return document
}

describe('field values are read from the tree, as GitHub renders them', () => {
  test('intraword underscores stay as written: GitHub shows CLAUDE_SONNET_4 literally, so it is the agent claude-sonnet-4', () => {
    expect(header('**Agent**: CLAUDE_SONNET_4').agent).toBe('claude-sonnet-4')
    expect(header('Agent: CLAUDE_SONNET_4').agent).toBe('claude-sonnet-4')
    expect(header('**Agent:** my_agent_v2').agent).toBe('my-agent-v2')
  })

  test('emphasis, code, links and HTML comments are markup, not words', () => {
    expect(header('**Agent**: _Claude_ <!-- who -->').agent).toBe('claude')
    expect(header('**Agent**: [`codex`](https://example.com)').agent).toBe('codex')
    expect(header('**Agent**: **cursor**-agent').agent).toBe('cursor-agent')
  })

  test('escapes are read as the character they escape, on any line of a paragraph', () => {
    expect(header('**Plan ID**: A\\_B\n**Agent**: x\\_y\\*z').agent).toBe('x-y*z')
    expect(header('**Plan ID**: A\\_B\n**Agent**: x\\_y\\*z').identity.planId).toBe('A_B')
  })
})
