import { readFileSync } from 'node:fs'
import remarkFrontmatter from 'remark-frontmatter'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import remarkStringify from 'remark-stringify'
import { unified } from 'unified'
import { VFile } from 'vfile'
import { describe, expect, test } from 'vitest'
import * as planmark from '../src/index.js'

const originalPlan = readFileSync(
  new URL('./fixtures/documents/plan-original/plan.md', import.meta.url),
  'utf8'
)

describe('public API', () => {
  test('exports exactly the documented values', () => {
    expect(Object.keys(planmark).sort()).toEqual([
      'ConfigError',
      'HistoryError',
      'MissingPathError',
      'aggregate',
      'analyze',
      'checkDocumentSet',
      'checkFiles',
      'defaultCategories',
      'isoWeekOf',
      'parseDocument',
      'parseMarkdown',
      'recommend',
      'remarkPlanmark',
      'renderReport',
      'renderWeeklyReport',
      'resolveConfig',
      'ruleCatalog',
      'stableJson',
      'weekBounds',
      'weeklyReport'
    ])
  })

  test('parseDocument notices what the original plan gets wrong', () => {
    const { document, valid, file } = planmark.parseDocument(originalPlan, { path: 'plan.md' })
    expect(valid).toBe(true)
    expect(document.kind).toBe('plan')
    expect(document.checkboxes).toEqual({
      checked: 19,
      unchecked: 5,
      inProgress: 0,
      dropped: 0,
      lost: 0
    })
    const completed = file.messages.find(
      (message) => message.ruleId === 'status-completed-unchecked'
    )
    expect(completed?.reason).toContain('5 of 5 success criteria unchecked')
    expect([completed?.line, completed?.column, completed?.fatal]).toEqual([121, 26, true])
  })

  test('the remark plugin reports the same messages as parseDocument', async () => {
    const file = new VFile({ path: 'plan.md', value: originalPlan })
    await unified()
      .use(remarkParse)
      .use(remarkGfm)
      .use(remarkFrontmatter, ['yaml'])
      .use(planmark.remarkPlanmark)
      .use(remarkStringify)
      .process(file)
    const expected = planmark.parseDocument(originalPlan, { path: 'plan.md' }).file.messages
    expect(file.messages.map(String)).toEqual(expected.map(String))
    expect(file.messages.length).toBeGreaterThan(0)
  })
})
