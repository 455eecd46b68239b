import type { ListItem, RootContent } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Extraction } from '../Extraction.js'
import { normalizeLevel } from '../normalize/normalizeLevel.js'
import type { Task } from '../types/generated.js'
import { readFields } from './readFields.js'
import { emojiTaskState, taskMarkerLength, taskState } from './taskState.js'
import { isPlaceholder } from './isPlaceholder.js'

/**
 * Collects the tasks in a run of block nodes as a tree. Items that are not
 * tasks (a numbered parent without a box) pass their tasks up a level; their
 * `- **Expected Outcome**: …` bullets become the facts of the task that holds
 * them. Each task's position is recorded at `pointer/<index>`.
 */
export function collectTasks(
  nodes: readonly RootContent[],
  extraction: Extraction,
  pointer: string
): Task[] {
  const tasks: Task[] = []
  collectInto(nodes, tasks, extraction, pointer)
  return tasks
}

function collectInto(
  nodes: readonly RootContent[],
  tasks: Task[],
  extraction: Extraction,
  pointer: string
): void {
  for (const node of nodes) {
    if (node.type === 'blockquote') collectInto(node.children, tasks, extraction, pointer)
    if (node.type !== 'list') continue
    for (const item of node.children) {
      const boxState = taskState(item)
      const state = boxState ?? emojiTaskState(item)
      if (!state) {
        collectInto(item.children, tasks, extraction, pointer)
        continue
      }
      const at = `${pointer}/${tasks.length}`
      extraction.at(at, item.position)
      const task: Task = { text: taskText(item), state, children: [] }
      if (!boxState) task.emoji = true
      tasks.push(task)
      addFacts(task, item, extraction, at)
      task.children = collectTasks(item.children.slice(1), extraction, `${at}/children`)
    }
  }
}

function taskText(item: ListItem): string {
  const first = item.children[0]
  const text = first?.type === 'paragraph' ? toString(first) : ''
  return text.slice(taskMarkerLength(item)).replace(/\s+/g, ' ').trim()
}

function addFacts(task: Task, item: ListItem, extraction: Extraction, pointer: string): void {
  const lists = item.children.filter((child) => child.type === 'list')
  for (const field of readFields(lists, extraction.source)) {
    if (field.item && (taskState(field.item) ?? emojiTaskState(field.item))) continue
    if (field.key === 'expected outcome') task.expectedOutcome = field.text
    else if (field.key === 'success metric') task.successMetric = field.text
    else if (field.key === 'risk level' || field.key === 'risk') {
      const level = normalizeLevel(field.text)
      if (level) {
        task.riskLevel = level
        extraction.at(`${pointer}/riskLevel`, field.place)
      } else if (field.key === 'risk level' && !isPlaceholder(field.text)) {
        // A bare `Risk:` is as often a sentence (`Risk: Functions call each other.`) as a level: only `Risk Level` must be one.
        // An unfilled placeholder is template-placeholder's to report, once.
        extraction.report(
          'invalid-value',
          field.place,
          `Expected a risk level, found \`${field.text}\``,
          {
            expected: 'low, medium or high',
            actual: field.text
          }
        )
      }
    }
  }
}
