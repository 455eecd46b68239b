import type { Root } from 'mdast'
import { isMap, isScalar, isSeq, parseDocument } from 'yaml'
import type { Extraction } from '../../Extraction.js'
import { scalarText } from '../../tree/scalarText.js'
import type { Task } from '../../types/generated.js'
import { pick, readHeader } from '../readHeader.js'
import type { DialectReading } from './dialectDocument.js'
import { dataTaskState } from './dataTaskState.js'

/**
 * A Cursor plan (`.cursor/plans/*.plan.md`): front matter `name`, `overview`
 * and `todos`, each with `id`, `content` and `status` (pending, in_progress,
 * completed, cancelled). The todos are tasks whose state is data, not a box.
 * The plan itself states no status: a checklist.
 */
export function readCursorPlan(tree: Root, extraction: Extraction): DialectReading {
  const header = readHeader(tree, extraction)
  const name = pick(header, 'name', 'title')
  const overview = pick(header, 'overview')
  return {
    dialect: 'cursor-plan',
    isPlan: false,
    ...(name?.text ? { title: name.text } : {}),
    ...(overview?.text ? { mission: overview.text } : {}),
    tasks: readTodos(tree, extraction)
  }
}

function readTodos(tree: Root, extraction: Extraction): Task[] {
  const node = tree.children[0]
  if (node?.type !== 'yaml') return []
  // readHeader has reported invalid YAML already; aliases are never expanded here either.
  const document = parseDocument(node.value, { uniqueKeys: true, prettyErrors: false })
  if (document.errors.length > 0 || !isMap(document.contents)) return []
  const todos = document.contents.get('todos', true)
  if (!isSeq(todos)) return []
  const firstLine = (node.position?.start.line ?? 1) + 1
  return todos.items.flatMap((entry, index) => {
    if (!isMap(entry)) return []
    const text = (key: string) => {
      const value = entry.get(key, true)
      return isScalar(value) ? scalarText(value, node.value) : ''
    }
    const line = firstLine + (node.value.slice(0, entry.range?.[0] ?? 0).match(/\n/g)?.length ?? 0)
    extraction.at(`/tasks/${index}`, {
      start: { line, column: 1 },
      end: { line, column: 1 }
    })
    const task: Task = {
      text: text('content') || text('title'),
      state: dataTaskState(text('status')),
      data: true,
      children: []
    }
    const id = text('id')
    if (id) task.id = id
    return [task]
  })
}
