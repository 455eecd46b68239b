import type { Root } from 'mdast'
import type { Extraction } from '../../Extraction.js'
import { collectTasks } from '../../tree/collectTasks.js'
import type { DialectReading } from './dialectDocument.js'
import { eachTask } from './eachTask.js'

/**
 * Kiro's `tasks.md`: numbered tasks and sub-tasks (`1.`, `1.1`) with their
 * `_Requirements: 1.1, 2.3_` references. Kiro writes `[-]` for a task in
 * progress (not a dropped one). Kiro states no status: a checklist.
 */
export function readKiro(tree: Root, extraction: Extraction): DialectReading {
  const tasks = collectTasks(tree.children, extraction, '/tasks')
  eachTask(tasks, (task) => {
    const id = /^(\d+(?:\.\d+)*)\.?\s/.exec(task.text)?.[1]
    if (id) task.id = id
    // Kiro's `[-]` is its in-progress state.
    if (task.state === 'dropped') task.state = 'in_progress'
  })
  readRequirements(tasks, extraction.source)
  return { dialect: 'kiro', isPlan: false, tasks }
}

/** Kiro puts a task's requirement references in a detail bullet under it; collectTasks keeps only boxes, so read the lines. */
function readRequirements(tasks: ReturnType<typeof collectTasks>, source: string): void {
  // Each task's item spans lines; the references inside the span and not inside a sub-task's belong to it.
  const lines = source.split(/\r\n|\r|\n/)
  const flat: Array<{ task: (typeof tasks)[number]; line: number }> = []
  const byText = new Map<string, number>()
  lines.forEach((line, index) => {
    const match = /^\s*[-*+]\s+\[[ xX-]\]\s+(\d+(?:\.\d+)*)\.?\s/.exec(line)
    if (match?.[1]) byText.set(match[1], index)
  })
  eachTask(tasks, (task) => {
    if (task.id && byText.has(task.id)) flat.push({ task, line: byText.get(task.id) as number })
  })
  flat.sort((a, b) => a.line - b.line)
  flat.forEach(({ task, line }, index) => {
    const end = flat[index + 1]?.line ?? lines.length
    const references = lines
      .slice(line + 1, end)
      .flatMap((text) => /_?Requirements:\s*([^_]+)_?/i.exec(text)?.[1]?.split(',') ?? [])
      .map((reference) => reference.trim())
      .filter(Boolean)
    if (references.length > 0) task.requirements = references
  })
}
