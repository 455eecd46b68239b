import type { Root } from 'mdast'
import type { Position } from 'unist'
import { walk } from '../tree/walk.js'
import type { Dialect } from '../types/generated.js'
import type { Extraction } from '../Extraction.js'
import { findLostTasks } from '../tree/findLostTasks.js'
import { placeholderPattern } from '../tree/isPlaceholder.js'
import { plainTextMarker, taskState } from '../tree/taskState.js'

/**
 * Reports what GitHub will not show the way the author meant:
 * `non-github-checkbox` (`[/]`, `[~]`, `[-]` render as text), `lost-task`
 * (`5. [x]` straight after a paragraph renders as text) and
 * `template-placeholder` (`{{name}}` left from a template, in text, link
 * targets or front matter). In a Kiro task list, `[-]` is Kiro's own
 * in-progress state and is not reported.
 */
export function checkDialect(tree: Root, extraction: Extraction, dialect?: Dialect): void {
  walk(tree, (node) => {
    if (node.type === 'listItem' && node.checked == null) {
      const state = taskState(node)
      // Kiro writes `[-]` itself for a task in progress: its own state, not the author's slip.
      const kiroState = dialect === 'kiro' && plainTextMarker(node) === '[-]'
      if (state && !kiroState) {
        const marker = plainTextMarker(node) ?? (state === 'dropped' ? '[-]' : '[/]')
        const counted = state === 'dropped' ? 'dropped' : 'in progress'
        extraction.report(
          'non-github-checkbox',
          node.position,
          `Expected \`[ ]\` or \`[x]\`, found a \`${marker}\` marker that GitHub renders as text (counted as ${counted})`,
          { expected: '[ ] or [x]', actual: state }
        )
      }
    }
    if (node.type === 'text') reportPlaceholders(node.value, node.position, extraction)
    if (node.type === 'link' || node.type === 'image' || node.type === 'definition') {
      reportPlaceholders(node.url, node.position, extraction)
    }
    if (node.type === 'yaml' && node.position) {
      const firstLine = node.position.start.line + 1
      node.value.split(/\r\n|\r|\n/).forEach((line, index) => {
        const start = { line: firstLine + index, column: 1 }
        reportPlaceholders(
          line,
          { start, end: { line: start.line, column: line.length + 1 } },
          extraction
        )
      })
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

function reportPlaceholders(
  text: string,
  place: Position | undefined,
  extraction: Extraction
): void {
  for (const match of text.matchAll(placeholderPattern)) {
    extraction.report(
      'template-placeholder',
      place,
      `Expected a value, found the template placeholder \`${match[0]}\``,
      {
        expected: 'a value',
        actual: match[0]
      }
    )
  }
}
