import { describe, expect, test } from 'vitest'
import { analysedPlans } from '../src/core/aggregate/analysedPlans.js'
import { defuseWorkflowCommands } from '../src/core/defuseWorkflowCommands.js'
import { weeklyIssue } from '../src/core/github/weeklyIssue.js'
import { inertText } from '../src/core/inertText.js'
import { parseDocument } from '../src/core/parseDocument.js'
import { escapeMarkdown } from '../src/core/render/escapeMarkdown.js'
import {
  commentMarker,
  renderPullRequestComment
} from '../src/core/render/renderPullRequestComment.js'
import { planMarkdown } from './helpers/planMarkdown.js'
import { renderMarkdown } from './helpers/renderMarkdown.js'

/** Text an attacker controls: markup, a mention, a reference, links, an image, our marker, controls and bidi overrides. */
const hostile =
  '<img src=x onerror=alert(1)> @octocat #12 GH-99 gh-7 https://evil.example www.evil.example ![x](https://evil.example/x.png) [click](https://evil.example) <!-- planmark:pull-request-comment --> \u202Egnp.exe\u202C \u0007bell\r\n::add-mask::secret'

describe('document text going out as Markdown', () => {
  test('escapeMarkdown leaves no markup, mention, reference, link, image, marker or control', async () => {
    const escaped = escapeMarkdown(hostile)
    // eslint-disable-next-line no-control-regex -- the characters that must be gone
    expect(escaped).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/)
    expect(escaped).toContain('@\u200boctocat')
    expect(escaped).toContain('#\u200b12')
    expect(escaped).toContain('GH-\u200b99')
    expect(escaped).toContain('gh-\u200b7')
    expect(escaped).not.toMatch(/gh-\d/i)
    expect(escaped).not.toContain('<!--')
    expect(escaped).not.toContain('://evil')
    expect(escaped).not.toContain('www.evil')
    const html = await renderMarkdown(escaped)
    expect(html).not.toMatch(/<(a|img|script)\b/)
    expect(html).not.toContain('<!--')
  })

  test('a pull-request comment carries planmark’s marker once, whatever the plans say', async () => {
    const record = analysedPlans([
      parseDocument(planMarkdown({ agent: hostile.replace(/\r\n/, ' '), criteria: ['x'] }), {
        path: 'plans/hostile.md'
      })
    ]).map(({ record }) => record)
    const { body } = renderPullRequestComment({
      head: record,
      base: [],
      touched: new Set(['plans/hostile.md'])
    })
    expect(body.split(commentMarker)).toHaveLength(2)
    expect(body.trimEnd().endsWith(commentMarker)).toBe(true)
    expect(body).toContain('@\u200boctocat')
    expect(body).not.toMatch(/gh-\d/i)
    const html = await renderMarkdown(body)
    expect(html).not.toMatch(/<(img|script)\b/)
    expect(html).not.toMatch(/href="https?:\/\/evil/)
  })

  test('a weekly issue keeps the report’s escaping and its own marker last', () => {
    const { body } = weeklyIssue('2026-W47', escapeMarkdown(hostile), 'reports/weekly/2026-W47.md')
    expect(body.match(/<!-- planmark/g)).toHaveLength(1)
    expect(body.trimEnd().endsWith('<!-- planmark:weekly-report 2026-W47 -->')).toBe(true)
  })
})

describe('document text going out to a log', () => {
  test('inertText keeps a value on one line and shows its controls', () => {
    const inert = inertText('a\n::set-output name=x::1\r\u001b[31mred\u202e')
    expect(inert).toBe('a\\n::set-output name=x::1\\r\\u{1b}[31mred\\u{202e}')
    expect(inert.split('\n')).toHaveLength(1)
  })

  test('findings quote values without breaking their line', () => {
    const parsed = parseDocument(
      '---\nagent: claude\ntaskCategory: "debugging\\n::add-mask::secret"\n---\n# EXECUTION PLAN: x\n',
      { path: 'plans/x.md' }
    )
    const reasons = parsed.file.messages.map((message) => message.reason)
    expect(reasons.some((reason) => reason.includes('::add-mask::secret'))).toBe(true)
    for (const reason of reasons) expect(reason).not.toMatch(/[\r\n]/)
  })

  test('defuseWorkflowCommands breaks every line that would start a command', () => {
    const text = '::add-mask::a\nok\n  ::set-output name=b::1\r::error::c\nnot :: a command'
    const defused = defuseWorkflowCommands(text)
    expect(defused.split(/\r|\n/).filter((line) => /^\s*::/.test(line))).toEqual([])
    expect(defused.replaceAll('\u200b', '')).toBe(text)
  })
})
