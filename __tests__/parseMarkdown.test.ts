import fc from 'fast-check'
import type { Nodes } from 'mdast'
import { describe, expect, test } from 'vitest'
import { parseMarkdown } from '../src/core/parseMarkdown.js'
import { markdownDocument } from './helpers/markdownArbitrary.js'
import { propertyBudget } from './helpers/propertyBudget.js'

const budget = propertyBudget(400, 5_000)

function listItemOffsets(node: Nodes): number[] {
  const own =
    node.type === 'listItem' && node.position?.start.offset !== undefined
      ? [node.position.start.offset]
      : []
  return 'children' in node ? [...own, ...node.children.flatMap(listItemOffsets)] : own
}

describe('parseMarkdown', () => {
  test('repairs an ordered list after indented code with exact positions', () => {
    const source = '- [ ] a\n\n      code\n  10. [x] ten\n'
    const tree = parseMarkdown(source)
    const item = tree.children[0]
    expect(item?.type).toBe('list')
    const nested = item?.type === 'list' ? item.children[0]?.children.at(-1) : undefined
    expect(nested).toMatchObject({ type: 'list', ordered: true, start: 10 })
    const ten = nested?.type === 'list' ? nested.children[0] : undefined
    expect(ten?.checked).toBe(true)
    expect(ten?.position?.start).toEqual({ line: 4, column: 3, offset: source.indexOf('10.') })
  })

  test(
    'every list item position points at its marker in the source',
    () => {
      fc.assert(
        fc.property(markdownDocument, (markdown) => {
          for (const offset of listItemOffsets(parseMarkdown(markdown))) {
            expect(markdown.slice(offset)).toMatch(/^(?:[-*+]|\d{1,9}[.)])/)
          }
        }),
        budget.parameters
      )
    },
    budget.timeout
  )

  test(
    'never throws on arbitrary text',
    () => {
      fc.assert(
        fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
          expect(() => parseMarkdown(text)).not.toThrow()
        }),
        budget.parameters
      )
    },
    budget.timeout
  )
})
