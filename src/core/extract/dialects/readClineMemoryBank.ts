import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Extraction } from '../../Extraction.js'
import { collectTasks } from '../../tree/collectTasks.js'
import { readFields } from '../../tree/readFields.js'
import { pick, readHeader } from '../readHeader.js'
import type { DialectReading } from './dialectDocument.js'
import { sectionNodes } from './sectionNodes.js'
import { sectionTexts } from './sectionTexts.js'
import { statedStatus } from './statedStatus.js'

/**
 * Cline's memory bank: `progress.md` (What Works, What's Left to Build,
 * Current Status, Known Issues) states where the work stands, so it is a
 * plan; its status is a `Status:` field or a Current Status section that
 * opens with a status (`In progress: …`). `activeContext.md` keeps the
 * current focus: a checklist.
 */
export function readClineMemoryBank(
  tree: Root,
  extraction: Extraction,
  path: string
): DialectReading {
  const header = readHeader(tree, extraction)
  const works = sectionNodes(tree, 'what works') ?? []
  const left = sectionNodes(tree, 'what s left to build', 'what s left', 'remaining') ?? []
  const tasks = collectTasks([...works, ...left], extraction, '/tasks')
  const current = sectionNodes(tree, 'current status', 'status')
  const field =
    pick(header, 'status') ??
    readFields(current ?? [], extraction.source).find((candidate) => candidate.key === 'status')
  const opening = current?.find((node) => node.type === 'paragraph')
  const place = field?.place ?? opening?.position
  // Only a short opening states a status: a sentence that merely mentions `done` does not.
  const openingWords = opening
    ? toString(opening)
        .split(/[:.—–-]/)[0]
        ?.trim()
    : undefined
  const status =
    statedStatus(field?.text) ??
    (openingWords && openingWords.split(/\s+/).length <= 3 ? statedStatus(openingWords) : undefined)
  if (status && place) extraction.at('/finalStatus/completionStatus', place)
  const isProgress = /(^|\/)progress\.md$/i.test(path) || current !== undefined
  return {
    dialect: 'cline-memory-bank',
    isPlan: isProgress,
    ...(status ? { status } : {}),
    tasks,
    notes: {
      knownIssues: sectionTexts(sectionNodes(tree, 'known issues')),
      currentFocus: sectionTexts(sectionNodes(tree, 'current focus', 'current work focus'))
    }
  }
}
