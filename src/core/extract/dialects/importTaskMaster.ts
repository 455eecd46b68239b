import type { Extraction } from '../../Extraction.js'
import type { ExtractedDocument } from '../../types/documents.js'
import type { DocumentIdentity, Task } from '../../types/generated.js'
import { dataTaskState } from './dataTaskState.js'

interface TaskMasterTask {
  id?: unknown
  title?: unknown
  status?: unknown
  subtasks?: unknown
}

/**
 * Imports Task Master's `.taskmaster/tasks/tasks.json` (JSON, not Markdown):
 * its tasks and subtasks with their ids and statuses (pending, in-progress,
 * review, done, deferred, cancelled), from every tag (`{"master": {"tasks":
 * […]}}`) or the older untagged `{"tasks": […]}`. The file states no status
 * of its own: a checklist whose tasks are data, not boxes. JSON that cannot be
 * read is reported at its line.
 */
export function importTaskMaster(
  source: string,
  identity: DocumentIdentity,
  extraction: Extraction
): ExtractedDocument {
  const document: ExtractedDocument = {
    schemaVersion: 1,
    kind: 'checklist',
    identity,
    dialect: 'task-master',
    sections: [],
    checkboxes: { checked: 0, unchecked: 0, inProgress: 0, dropped: 0, lost: 0 }
  }
  let data: unknown
  try {
    data = JSON.parse(source)
  } catch (error) {
    // The engine's wording differs between Node versions: only its offset is kept.
    const reason = error instanceof Error ? error.message : String(error)
    const offset = Math.min(
      Number(/position (\d+)/.exec(reason)?.[1] ?? source.length),
      source.length
    )
    const before = source.slice(0, offset)
    const line = (before.match(/\n/g)?.length ?? 0) + 1
    const column = offset - before.lastIndexOf('\n')
    const found = offset >= source.length ? 'the end of the file' : `\`${source.charAt(offset)}\``
    extraction.report(
      'file-unreadable',
      { line, column },
      `Expected Task Master JSON (tasks.json), found ${found} where JSON cannot have it`,
      { expected: 'Task Master tasks.json', actual: 'invalid JSON' }
    )
    return document
  }
  const lists = taskLists(data)
  // Each task's `"id"` key, in the order the file writes them: parents before their subtasks.
  const idLines = [...source.matchAll(/"id"\s*:/g)].map(
    (match) => (source.slice(0, match.index).match(/\n/g)?.length ?? 0) + 1
  )
  let next = 0
  const convert = (raw: TaskMasterTask, pointer: string, parent?: string): Task => {
    const line = idLines[next++]
    if (line) extraction.at(pointer, { start: { line, column: 1 }, end: { line, column: 1 } })
    const task: Task = {
      text: typeof raw.title === 'string' ? raw.title : '',
      state: dataTaskState(typeof raw.status === 'string' ? raw.status : ''),
      data: true,
      children: []
    }
    if (typeof raw.id === 'string' || typeof raw.id === 'number')
      task.id = parent ? `${parent}.${raw.id}` : String(raw.id)
    const subtasks = Array.isArray(raw.subtasks) ? (raw.subtasks as TaskMasterTask[]) : []
    task.children = subtasks
      .filter(isObject)
      .map((subtask, index) => convert(subtask, `${pointer}/children/${index}`, task.id))
    return task
  }
  const tasks = lists.flat().map((raw, index) => convert(raw, `/tasks/${index}`))
  if (tasks.length > 0) document.tasks = tasks
  return document
}

/** The task arrays of every tag, or of the untagged file. */
function taskLists(data: unknown): TaskMasterTask[][] {
  if (!isObject(data)) return []
  const own = (data as { tasks?: unknown }).tasks
  if (Array.isArray(own)) return [own.filter(isObject)]
  return Object.values(data).flatMap((tag) => {
    const tasks = isObject(tag) ? (tag as { tasks?: unknown }).tasks : undefined
    return Array.isArray(tasks) ? [tasks.filter(isObject)] : []
  })
}

function isObject(value: unknown): value is TaskMasterTask {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
