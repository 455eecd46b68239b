import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import { aggregate } from '../src/core/aggregate/aggregate.js'
import { analysedPlans } from '../src/core/aggregate/analysedPlans.js'
import { defuseWorkflowCommands } from '../src/core/defuseWorkflowCommands.js'
import { compareMessages } from '../src/core/document/compareMessages.js'
import { weeklyIssue } from '../src/core/github/weeklyIssue.js'
import { inertText } from '../src/core/inertText.js'
import { parseDocument } from '../src/core/parseDocument.js'
import { escapeMarkdown } from '../src/core/render/escapeMarkdown.js'
import { fillTemplate } from '../src/core/scaffold/fillTemplate.js'
import {
  commentMarker,
  renderPullRequestComment
} from '../src/core/render/renderPullRequestComment.js'
import { planMarkdown } from './helpers/planMarkdown.js'
import { renderMarkdown } from './helpers/renderMarkdown.js'
import { runCli } from './helpers/runCli.js'

/** Text an attacker controls: markup, a mention, a reference, links, an image, our marker, controls and bidi overrides. */
const hostile =
  '<img src=x onerror=alert(1)> @octocat #12 https://evil.example www.evil.example ![x](https://evil.example/x.png) [click](https://evil.example) <!-- planmark:pull-request-comment --> \u202Egnp.exe\u202C \u0007bell\r\n::add-mask::secret'

describe('document text going out as Markdown', () => {
  test('escapeMarkdown leaves no markup, mention, reference, link, image, marker or control', async () => {
    const escaped = escapeMarkdown(hostile)
    // eslint-disable-next-line no-control-regex -- the characters that must be gone
    expect(escaped).not.toMatch(/[\u0000-\u001f\u202a-\u202e]/)
    expect(escaped).toContain('@\u200boctocat')
    expect(escaped).toContain('#\u200b12')
    expect(escaped).not.toContain('<!--')
    expect(escaped).not.toContain('://evil')
    expect(escaped).not.toContain('www.evil')
    const html = await renderMarkdown(escaped)
    expect(html).not.toMatch(/<(a|img|script)\b/)
    expect(html).not.toContain('<!--')
  })

  test('a pull-request comment carries planmark’s marker once, whatever the plans say', async () => {
    const plans = analysedPlans([
      parseDocument(
        `${planMarkdown({ agent: hostile.replace(/\r\n/, ' '), criteria: ['x'] })}\n### Phase 1: ${hostile.replace(/\r\n/, ' ')}\n- [ ] x\n`,
        { path: 'plans/hostile.md' }
      )
    ])
    const { body } = renderPullRequestComment({
      head: plans,
      base: [],
      touched: new Set(['plans/hostile.md'])
    })
    expect(body.split(commentMarker)).toHaveLength(2)
    expect(body.trimEnd().endsWith(commentMarker)).toBe(true)
    expect(body).toContain('@\u200boctocat')
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

describe('document text going out to a terminal', () => {
  const escape = '\u001b[31m'
  /** A folder with a plan whose file name and agent carry a raw escape sequence. */
  function escapingPlans(): string {
    const dir = mkdtempSync(join(tmpdir(), 'planmark-escapes-'))
    mkdirSync(join(dir, 'plans'))
    for (const name of [`x${escape}.md`, 'y.md'])
      writeFileSync(
        join(dir, 'plans', name),
        planMarkdown({ agent: `x${escape}`, criteria: ['x', 'x'], status: 'COMPLETED' })
      )
    return dir
  }

  test("check's table and file headers show escape sequences instead of running them", async () => {
    const dir = escapingPlans()
    const { stdout, stderr } = await runCli(['check', '--cwd', dir, '--no-cache'])
    expect(`${stdout}${stderr}`).not.toContain('\u001b')
    expect(stdout).toContain('plans/x\\u{1b}[31m.md')
    expect(stdout).toContain('x\\u{1b}[31m')
  })

  test("recommend's reason and table show escape sequences instead of running them", async () => {
    const dir = escapingPlans()
    const { code, stdout } = await runCli([
      'recommend',
      '--cwd',
      dir,
      '--category',
      'debugging',
      '--min-samples',
      '2'
    ])
    expect(code).toBe(0)
    expect(stdout).not.toContain('\u001b')
    expect(stdout).toContain('x\\u{1b}[31m')
  })
})

describe('document text used as a key', () => {
  const inherited = ['constructor', '__proto__', 'toString', 'hasOwnProperty']

  test.each(inherited)('%s as an agent or a category is not known', (name) => {
    const parsed = parseDocument(planMarkdown({ agent: name, category: name, criteria: ['x'] }), {
      path: 'plans/x.md',
      config: { agents: { claude: ['Claude'] } }
    })
    const rules = parsed.file.messages.map((message) => message.ruleId)
    expect(rules).toContain('unknown-agent')
    expect(rules).toContain('unknown-category')
  })

  test.each(inherited)('%s as a front matter type, a field or a column is plain text', (name) => {
    const typed = parseDocument(`---\ntype: ${name}\n---\n\n# Notes\n\n- [ ] a\n`, {
      path: 'notes.md'
    })
    expect(typed.document.kind).toBe('checklist')
    const analysis = parseDocument(
      `# EXECUTION PLAN ANALYSIS\n\n**Agent**: claude\n\n### Quality Assessment\n- **${name}**: 9/10\n- **Code Quality**: 8/10\n`,
      { path: 'analyses/x.md' }
    )
    expect(Object.keys((analysis.document as { quality?: object }).quality ?? {})).toEqual(['code'])
    const plan = parseDocument(
      `${planMarkdown({ agent: 'claude', criteria: ['x'] })}\n## Resources\n\n- **${name}**: x\n\n| Risk | ${name} |\n|---|---|\n| r | y |\n`,
      { path: 'plans/x.md' }
    )
    expect((plan.document as { resources?: object }).resources ?? {}).toEqual({})
    expect(fillTemplate(`{{${name}}}`, {})).toBe(`{{${name}}}`)
  })

  test.each(inherited)(
    '%s as a review recommendation or a category band is not a value',
    (name) => {
      const review = parseDocument(
        `# AGENT PERFORMANCE REVIEW\n\n**Agent**: claude\n\n## Final Assessment\n- **Recommendation**: ${name}\n`,
        { path: 'reviews/x.md' }
      )
      expect((review.document as { recommendation?: unknown }).recommendation).toBeUndefined()
      expect(review.file.messages.map((message) => message.ruleId)).toContain('invalid-value')
      const [entry] = aggregate([
        parseDocument(planMarkdown({ agent: 'a', category: name, criteria: ['x'] }), {
          path: 'plans/x.md'
        })
      ]).taskAnalytics.categories.filter((category) => category.complexity !== 'all')
      expect(entry?.expectedMinutes).toBeNull()
    }
  )

  test('constructor is neither a command nor a kind of document', async () => {
    expect((await runCli(['constructor'])).code).toBe(2)
    const dir = mkdtempSync(join(tmpdir(), 'planmark-new-'))
    expect((await runCli(['new', 'constructor', '--cwd', dir])).code).toBe(2)
  })
})

describe('message order', () => {
  test('messages at one place are ordered by code point, not by the locale', () => {
    const file = new VFile()
    for (const reason of ['b', 'B', 'a', '\u00e9', 'A', '\u{1f600}', '\uff01'])
      file.message(reason, { place: { line: 1, column: 1 }, ruleId: 'r' })
    expect(file.messages.sort(compareMessages).map((message) => message.reason)).toEqual([
      'A',
      'B',
      'a',
      'b',
      '\u00e9',
      '\uff01',
      '\u{1f600}'
    ])
  })
})
