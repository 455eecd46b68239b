import { describe, expect, test } from 'vitest'
import { resolveMode } from '../src/action/resolveMode.js'
import { isTokenIdentity } from '../src/core/github/isTokenIdentity.js'
import { readCommentArtifact } from '../src/core/github/readCommentArtifact.js'
import { stickyCommentPlan } from '../src/core/github/stickyCommentPlan.js'
import { weeklyIssue } from '../src/core/github/weeklyIssue.js'
import { analysedPlans } from '../src/core/aggregate/analysedPlans.js'
import { parseDocument } from '../src/core/parseDocument.js'
import {
  commentMarker,
  renderPullRequestComment
} from '../src/core/render/renderPullRequestComment.js'
import { planMarkdown } from './helpers/planMarkdown.js'
import { OpenApiValidator } from './helpers/openApiValidator.js'

const sha = 'a'.repeat(40)

describe('the sticky comment plan', () => {
  const comment = (id: number, body: string, authorLogin = 'github-actions[bot]') => ({
    id,
    body,
    authorLogin,
    url: `https://github.com/o/r/pull/1#issuecomment-${id}`
  })
  const options = {
    viewerLogin: 'github-actions',
    marker: commentMarker,
    body: `new\n${commentMarker}`
  }

  test('creates when no marked comment of ours exists, whoever else quotes the marker', () => {
    expect(stickyCommentPlan([comment(1, commentMarker, 'octocat')], options)).toEqual({
      action: 'create',
      remove: []
    })
  })

  test('keeps the oldest of ours, removes the rest, and edits only a different body', () => {
    const plan = stickyCommentPlan(
      [
        comment(9, `x\n${commentMarker}`),
        comment(4, `old\n${commentMarker}`),
        comment(7, 'no marker')
      ],
      options
    )
    expect(plan.action).toBe('update')
    expect(plan.keep?.id).toBe(4)
    expect(plan.remove).toEqual([9])
    expect(stickyCommentPlan([comment(4, options.body)], options).action).toBe('unchanged')
  })

  test('knows the token by GraphQL and REST names', () => {
    expect(isTokenIdentity('github-actions[bot]', 'github-actions')).toBe(true)
    expect(isTokenIdentity('my-app[bot]', 'my-app')).toBe(true)
    expect(isTokenIdentity('github-actions', 'github-actions')).toBe(true)
    expect(isTokenIdentity('evil-github-actions[bot]', 'github-actions')).toBe(false)
    expect(isTokenIdentity(undefined, 'github-actions')).toBe(false)
  })
})

describe('the comment artifact, read as untrusted data', () => {
  const artifact = {
    format: 'planmark-comment',
    version: 1,
    pullRequest: 5,
    headSha: sha,
    body: `hello\n${commentMarker}\n`,
    truncated: false
  }
  const expected = { pullRequest: 5, headSha: sha, repositoryUrl: 'https://github.com/o/r' }
  const read = (value: unknown) => readCommentArtifact(JSON.stringify(value), expected)
  const withBody = (body: string) => ({ ...artifact, body: `${body}\n${commentMarker}\n` })

  test('accepts what the pull_request run writes, however hostile the plans were', () => {
    expect(read(artifact)).toEqual({ ok: true, artifact })
    const hostile =
      '<img src=x> @octocat #12 GH-99 https://evil.example www.evil.example [x](https://evil.example) <!-- x -->'
    const plans = analysedPlans([
      parseDocument(
        `${planMarkdown({ agent: hostile, category: hostile, criteria: ['x', ' '] })}\n### Phase 1: ${hostile}\n- [ ] ${hostile}\n`,
        { path: `plans/${hostile.slice(0, 20)}.md` }
      )
    ])
    const { body } = renderPullRequestComment({
      head: plans,
      base: [],
      touched: new Set(plans.map(({ record }) => record.path)),
      fileUrl: `https://github.com/o/r/blob/${sha}`,
      reportUrl: 'https://github.com/o/r/blob/main/reports/report.md'
    })
    expect(body).toContain('<details><summary>')
    expect(read({ ...artifact, body })).toEqual({ ok: true, artifact: { ...artifact, body } })
  })

  test.each([
    ['not JSON', '{', 'not JSON'],
    ['a marker in the middle', { ...artifact, body: `${commentMarker}\n<img src=x>` }, 'marker'],
    ['two markers', { ...artifact, body: `${commentMarker}\n${commentMarker}` }, 'marker'],
    ['another head', { ...artifact, headSha: 'b'.repeat(40) }, `commit ${'b'.repeat(40)}`],
    ['a short sha', { ...artifact, headSha: 'abc' }, '/headSha must match pattern'],
    ['a string number', { ...artifact, pullRequest: '5' }, '/pullRequest must be integer'],
    ['an image', withBody('![x](https://github.com/o/r/x.png)'), 'an image'],
    ['a link off the repository', withBody('[report](https://evil.example/r)'), 'a link off'],
    ['a link definition', withBody('[x]: https://github.com/o/r'), 'a link definition'],
    ['raw HTML', withBody('<details><img src=x onerror=alert(1)></details>'), 'HTML other than'],
    ['a live mention', withBody('thanks @octocat'), 'a mention'],
    ['an issue reference', withBody('fixes #12'), 'an issue reference'],
    ['a GH- reference', withBody('fixes gh-12'), 'an issue reference'],
    ['a bare address', withBody('see https://evil.example'), 'a bare address']
  ])('refuses %s', (_, value, reason) => {
    const reading = typeof value === 'string' ? readCommentArtifact(value, expected) : read(value)
    expect(reading.ok).toBe(false)
    expect(reading.ok ? '' : reading.reasons.join('; ')).toContain(reason)
  })
})

describe('the weekly issue', () => {
  test('ends with the week marker and stays under GitHub’s limit, cut at a line', () => {
    const long = Array.from({ length: 5000 }, (_, index) => `line ${index} ${'x'.repeat(20)}`).join(
      '\n'
    )
    const { title, body } = weeklyIssue('2026-W47', long, 'reports/weekly/2026-W47.md')
    expect(title).toBe('planmark weekly report 2026-W47')
    expect(body.length).toBeLessThan(65_536)
    expect(body).toContain('the full report is reports/weekly/2026-W47.md')
    expect(body.trimEnd().endsWith('<!-- planmark:weekly-report 2026-W47 -->')).toBe(true)
    expect(body).toMatch(/x\n\n_The report is longer/)
  })
})

describe('the mode for an event', () => {
  test.each([
    ['pull_request', 'comment'],
    ['pull_request_target', 'comment'],
    ['workflow_run', 'comment'],
    ['push', 'commit'],
    ['schedule', 'weekly'],
    ['workflow_dispatch', 'check'],
    ['merge_group', 'check']
  ])('auto on %s is %s', (event, mode) => {
    expect(resolveMode('auto', event)).toBe(mode)
  })

  test('an explicit mode wins', () => {
    expect(resolveMode('check', 'push')).toBe('check')
  })
})

describe("the fake API's OpenAPI check", () => {
  const validator = new OpenApiValidator()
  const url = (path: string) => new URL(`http://127.0.0.1${path}`)

  test('passes a documented request', () => {
    expect(
      validator.check('POST', url('/repos/o/r/issues/2/comments'), '{"body":"hi"}').violations
    ).toEqual([])
  })

  test.each([
    ['an undocumented route', 'POST', '/repos/o/r/comments', '{}', 'is not an operation'],
    [
      'a wrong body',
      'POST',
      '/repos/o/r/issues/2/comments',
      '{"text":"hi"}',
      "must have required property 'body'"
    ],
    [
      'a wrong path parameter',
      'PATCH',
      '/repos/o/r/issues/comments/abc',
      '{"body":"x"}',
      'comment_id=abc must be integer'
    ],
    [
      'an undocumented query parameter',
      'GET',
      '/repos/o/r/issues/2/comments?sort=asc',
      '',
      'query parameter sort is not documented'
    ],
    [
      'a body where none is taken',
      'DELETE',
      '/repos/o/r/issues/comments/5',
      '{"x":1}',
      'takes no request body'
    ]
  ])('flags %s', (_, method, path, body, violation) => {
    expect(validator.check(method, url(path), body).violations.join('; ')).toContain(violation)
  })
})
