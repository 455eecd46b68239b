import type { Root } from 'mdast'
import { visit } from 'unist-util-visit'
import type { Extraction } from '../Extraction.js'
import { placeholderPattern } from '../tree/isPlaceholder.js'
import { findLostTasks } from '../tree/findLostTasks.js'
import { taskState } from '../tree/taskState.js'

/**
 * Reports what GitHub will not show the way the author meant:
 * `non-github-checkbox` (`[/]`, `[~]`, `[-]` render as text), `lost-task`
 * (`5. [x]` straight after a paragraph renders as text) and
 * `template-placeholder` (`{{name}}`, `[UPPER_CASE]` left from a template).
 */
export function checkDialect(tree: Root, extraction: Extraction): void {
  visit(tree, (node) => {
    if (node.type === 'listItem' && node.checked == null) {
      const state = taskState(node)
      if (state) {
        extraction.report(
          'non-github-checkbox',
          node.position,
          `Expected \`[ ]\` or \`[x]\`, found a \`${state === 'dropped' ? '[-]' : '[/]'}\`-style marker that GitHub renders as text (counted as ${state === 'dropped' ? 'dropped' : 'in progress'})`,
          {
            expected: '[ ] or [x]',
            actual: state
          }
        )
      }
    }
    if (node.type === 'text') {
      for (const match of node.value.matchAll(placeholderPattern)) {
        extraction.report(
          'template-placeholder',
          node.position,
          `Expected a value, found the template placeholder \`${match[0]}\``,
          {
            expected: 'a value',
            actual: match[0]
          }
        )
      }
    }
  })
  for (const lost of findLostTasks(tree.children, extraction.source)) {
    extraction.report(
      'lost-task',
      { line: lost.line, column: lost.column },
      `Expected a task list item, found paragraph text: GitHub renders \`${lost.marker} [${lost.checked ? 'x' : ' '}]\` here as text because ${lost.why}`,
      { expected: 'a task list item', actual: 'paragraph text' }
    )
  }
}
