import type { Root } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Extraction } from '../Extraction.js'
import { countCheckboxes } from '../tree/countCheckboxes.js'
import { splitSections } from '../tree/splitSections.js'
import type { Checklist, ChecklistSection, DocumentIdentity } from '../types/generated.js'
import { readHeader } from './readHeader.js'
import { readTitle } from './readTitle.js'

/** Extracts any Markdown checklist: progress per heading section (sections without items are left out). */
export function extractChecklist(
  tree: Root,
  identity: DocumentIdentity,
  extraction: Extraction
): Checklist {
  const header = readHeader(tree, extraction)
  const sections: ChecklistSection[] = []
  splitSections(tree.children, 6).forEach((section) => {
    const checkboxes = countCheckboxes(section.nodes, extraction.source)
    if (Object.values(checkboxes).every((count) => count === 0)) return
    const entry: ChecklistSection = { depth: section.heading?.depth ?? 0, checkboxes }
    if (section.heading) entry.heading = toString(section.heading).replace(/\s+/g, ' ').trim()
    extraction.at(`/sections/${sections.length}`, section.heading?.position)
    sections.push(entry)
  })
  const title = readTitle(tree, header, extraction)
  return {
    schemaVersion: 1,
    kind: 'checklist',
    identity,
    dialect: 'generic',
    ...(title ? { title } : {}),
    sections,
    checkboxes: countCheckboxes(tree.children, extraction.source)
  }
}
