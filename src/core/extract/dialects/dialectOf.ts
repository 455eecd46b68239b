import type { ExtractedDocument } from '../../types/documents.js'
import type { Dialect } from '../../types/generated.js'

/**
 * The dialect a document was read in: the one recorded on plans and
 * checklists, and planmark's own for analyses, reviews and prompts (only
 * planmark writes those). Documents cached before dialects were recorded
 * read as planmark plans and generic checklists.
 */
export function dialectOf(document: ExtractedDocument): Dialect {
  if ((document.kind === 'plan' || document.kind === 'checklist') && document.dialect)
    return document.dialect
  return document.kind === 'checklist' ? 'generic' : 'planmark'
}
