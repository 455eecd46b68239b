import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Extraction } from '../../Extraction.js'
import { collectTasks } from '../../tree/collectTasks.js'
import { readPhases } from '../readPhases.js'
import type { DialectReading } from './dialectDocument.js'
import { eachTask } from './eachTask.js'

/**
 * spec-kit's `tasks.md` (and `plan.md`): the feature name (`# Tasks: …`), the
 * phases (`## Phase N: …`), and each task's id (`T001`), parallel marker
 * `[P]` and user story label (`[US1]`). spec-kit states no status: a checklist.
 */
export function readSpecKit(tree: Root, extraction: Extraction): DialectReading {
  const h1 = tree.children.find((node) => node.type === 'heading' && node.depth === 1)
  const heading = h1 ? toString(h1).replace(/\s+/g, ' ').trim() : ''
  const feature = heading.replace(/^(tasks|implementation plan|feature specification)\s*:\s*/i, '')
  const phases = readPhases(tree.children, extraction)
  const inPhases = phases.length > 0
  const tasks = inPhases ? undefined : collectTasks(tree.children, extraction, '/tasks')
  for (const group of [...phases.map((phase) => phase.steps), tasks])
    eachTask(group, (task) => {
      const id = /^(T\d{3,})\b/.exec(task.text)?.[1]
      if (id) task.id = id
      const labels = [...task.text.matchAll(/\[([A-Za-z0-9_-]+)\]/g)].map((match) => match[1])
      if (labels.includes('P')) task.parallel = true
      const story = labels.find((label) => /^US\d+$/.test(label ?? ''))
      if (story) task.story = story
    })
  return {
    dialect: 'spec-kit',
    isPlan: false,
    ...(feature ? { title: feature } : {}),
    ...(inPhases ? { phases } : {}),
    ...(tasks && tasks.length > 0 ? { tasks } : {})
  }
}
