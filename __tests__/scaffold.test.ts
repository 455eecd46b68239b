import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { runCli } from './helpers/runCli.js'

const examples = new URL('../examples', import.meta.url).pathname

describe('planmark init', () => {
  test('scaffolds the layout, templates, configuration and workflows, then refuses to overwrite', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planmark-init-'))
    writeFileSync(join(dir, '.gitignore'), 'node_modules/')
    const first = await runCli(['init', '--cwd', dir])
    expect(first.code).toBe(0)
    for (const path of [
      'planmark.config.json',
      'agents/performance/templates/execution-plan.md',
      'agents/performance/execution_plans/.gitkeep',
      '.github/workflows/planmark-pull-request.yml',
      '.github/workflows/planmark-comment.yml',
      '.github/workflows/planmark-push.yml',
      '.github/workflows/planmark-weekly.yml'
    ]) {
      expect(existsSync(join(dir, path)), path).toBe(true)
    }
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('node_modules/\n.planmark-cache/\n')
    // Nothing to check yet: a usage error naming the globs, never "0 documents checked".
    const empty = await runCli(['check', '--cwd', dir])
    expect(empty.code).toBe(2)
    expect(empty.stderr).toContain(
      'no documents found in . (from .); globs tried: **/execution_plans/**/*.md'
    )
    expect(empty.stderr).toContain('the "documents" globs of planmark.config.json')
    writeFileSync(join(dir, 'planmark.config.json'), '{ "failOn": "warning" }\n')
    const second = await runCli(['init', '--cwd', dir])
    expect(second.code).toBe(1)
    expect(second.stderr).toContain('nothing was written (use --force to overwrite)')
    expect(readFileSync(join(dir, 'planmark.config.json'), 'utf8')).toBe(
      '{ "failOn": "warning" }\n'
    )
    expect((await runCli(['init', '--cwd', dir, '--force'])).code).toBe(0)
    expect(readFileSync(join(dir, 'planmark.config.json'), 'utf8')).toContain('"failOn": "error"')
    expect(readFileSync(join(dir, '.gitignore'), 'utf8')).toBe('node_modules/\n.planmark-cache/\n')
  })
})

describe('planmark new', () => {
  test('creates a plan from the template, with today and the values filled, named by the original scheme', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planmark-new-'))
    const now = new Date('2026-11-24T10:30:00Z')
    const created = await runCli(
      [
        'new',
        'plan',
        '--cwd',
        dir,
        '--agent',
        'Claude Sonnet 4',
        '--category',
        'Code Implementation',
        '--complexity',
        'MED',
        '--title',
        'Fix login bug!'
      ],
      { now }
    )
    expect(created).toMatchObject({
      code: 0,
      stdout:
        'created agents/performance/execution_plans/2026-11-24_claude-sonnet-4_fix-login-bug.md\n'
    })
    const text = readFileSync(
      join(dir, 'agents/performance/execution_plans/2026-11-24_claude-sonnet-4_fix-login-bug.md'),
      'utf8'
    )
    expect(text).toContain('# EXECUTION PLAN: Fix login bug!')
    expect(text).toContain('**Start Time**: 2026-11-24T10:30:00Z')
    expect(text).toContain('**Task Category**: code_implementation')
    expect(text).toContain('**Complexity**: medium')
    const check = JSON.parse((await runCli(['check', '--cwd', dir, '--format', 'json'])).stdout)
    expect(check.documents[0]).toMatchObject({ kind: 'plan' })
    expect(
      check.documents[0].messages.some(
        (message: { ruleId: string }) => message.ruleId === 'template-placeholder'
      )
    ).toBe(true)
    const again = await runCli(
      ['new', 'plan', '--cwd', dir, '--agent', 'Claude Sonnet 4', '--title', 'Fix login bug!'],
      { now }
    )
    expect(again.code).toBe(1)
  })

  test.each([
    [
      ['analysis', '--title', 'Fix login', '--agent', 'codex', '--reviewer', 'dana'],
      'agents/performance/plan_analysis/2026-11-24_analysis_fix-login.md',
      'analysis'
    ],
    [
      ['review', '--agent', 'Codex', '--reviewer', 'dana'],
      'agents/performance/reviews/2026-11-24_review_codex.md',
      'review'
    ],
    [
      ['prompt', '--id', 'debug-triage', '--version', '3', '--category', 'debugging'],
      'agents/performance/prompts/debug-triage-v3.md',
      'prompt'
    ]
  ])('new %j', async (args, path, kind) => {
    const dir = mkdtempSync(join(tmpdir(), 'planmark-new-'))
    expect((await runCli(['new', ...args, '--cwd', dir])).stdout).toBe(`created ${path}\n`)
    const check = JSON.parse(
      (await runCli(['check', path, '--cwd', dir, '--format', 'json'])).stdout
    )
    expect(check.documents[0].kind).toBe(kind)
  })

  test('usage errors', async () => {
    expect((await runCli(['new', 'poem'])).code).toBe(2)
    expect((await runCli(['new', 'prompt'])).code).toBe(2)
    expect((await runCli(['new', 'plan', '--complexity', 'extreme'])).code).toBe(2)
  })
})

describe('checking part of a repository', () => {
  test('a subfolder finds its documents by their path from the repository root', async () => {
    const result = JSON.parse(
      (
        await runCli([
          'check',
          'agents/performance/execution_plans',
          '--cwd',
          examples,
          '--format',
          'json'
        ])
      ).stdout
    )
    expect(result.documents).toHaveLength(31)
  })

  test('links are checked on disk and plan ids are not judged, so no false errors', async () => {
    const result = JSON.parse(
      (
        await runCli([
          'check',
          'agents/performance/reviews',
          'agents/performance/plan_analysis',
          '--cwd',
          examples,
          '--format',
          'json'
        ])
      ).stdout
    )
    const missing = result.documents.flatMap(
      (document: { messages: Array<{ ruleId: string; actual: string }> }) =>
        document.messages.filter((message) => message.ruleId === 'review-plan-missing')
    )
    expect(missing.map((message: { actual: string }) => message.actual)).toEqual([
      'agents/performance/execution_plans/2025-02-06_gpt-5-codex_oauth-pkce.md'
    ])
  })
})

describe('templates pass their own check', () => {
  test('every new document, given every flag it offers, has no error; each placeholder is reported once, by its name', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planmark-own-check-'))
    const now = new Date('2026-11-24T10:30:00Z')
    expect((await runCli(['init', '--cwd', dir])).code).toBe(0)
    const plan = await runCli(
      [
        'new',
        'plan',
        '--cwd',
        dir,
        '--agent',
        'Claude Sonnet 4',
        '--category',
        'Code Implementation',
        '--complexity',
        'medium',
        '--estimate',
        '2-3 hours',
        '--title',
        'Fix login'
      ],
      { now }
    )
    expect(plan.code).toBe(0)
    const planPath = plan.stdout.replace(/^created /, '').trim()
    for (const args of [
      ['analysis', '--agent', 'claude', '--reviewer', 'bob', '--plan', planPath],
      ['review', '--agent', 'claude', '--reviewer', 'bob', '--plan', planPath],
      ['prompt', '--id', 'fix-login', '--category', 'debugging', '--title', 'Fix', '--version', '2']
    ])
      expect((await runCli(['new', ...args, '--cwd', dir], { now })).code).toBe(0)
    const check = await runCli(['check', '--cwd', dir, '--format', 'json'])
    expect(check.code).toBe(0)
    const { documents } = JSON.parse(check.stdout) as {
      documents: Array<{
        path: string
        kind: string
        messages: Array<{ line: number; ruleId: string; severity: string; reason: string }>
      }>
    }
    expect(documents.map((document) => document.kind).sort()).toEqual([
      'analysis',
      'plan',
      'prompt',
      'review'
    ])
    for (const document of documents) {
      expect(
        document.messages.filter((message) => message.severity === 'error'),
        document.path
      ).toEqual([])
      // A placeholder is named by template-placeholder only, once per place it stands.
      const mentions = document.messages.flatMap((message) =>
        [...message.reason.matchAll(/\{\{[^{}]+\}\}/g)].map((match) => ({
          rule: message.ruleId,
          at: `${message.line} ${match[0]}`
        }))
      )
      expect(new Set(mentions.map((mention) => mention.rule))).toEqual(
        mentions.length > 0 ? new Set(['template-placeholder']) : new Set()
      )
      expect(new Set(mentions.map((mention) => mention.at)).size).toBe(mentions.length)
    }
    const analysis = documents.find((document) => document.kind === 'analysis')
    expect(readFileSync(join(dir, analysis?.path ?? ''), 'utf8')).toContain(
      '**Plan**: [Fix login](../execution_plans/2026-11-24_claude-sonnet-4_fix-login.md)'
    )
  })

  test('--estimate must be a duration, --plan must exist', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planmark-new-flags-'))
    const estimate = await runCli(['new', 'plan', '--cwd', dir, '--estimate', 'soon'])
    expect(estimate.code).toBe(2)
    expect(estimate.stderr).toContain('--estimate must be a duration')
    const plan = await runCli(['new', 'analysis', '--cwd', dir, '--plan', 'missing.md'])
    expect(plan.code).toBe(2)
    expect(plan.stderr).toContain('--plan missing.md: no such file')
  })
})
