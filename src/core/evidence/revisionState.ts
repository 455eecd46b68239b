import type { ExtractedDocument } from '../types/documents.js'
import type { RevisionState } from './planTimeline.js'

/** What a plan's timeline needs of one of its states: status, ticked boxes and stated phase times. */
export function revisionState(document: ExtractedDocument): RevisionState | undefined {
  if (document.kind !== 'plan') return undefined
  const times: Record<string, string> = {}
  for (const timing of document.progressTracking?.phases ?? []) {
    if (timing.start) times[`${timing.phase}/start`] = timing.start
    if (timing.end) times[`${timing.phase}/end`] = timing.end
  }
  const state: RevisionState = { done: document.checkboxes.checked, times }
  const claimed = document.finalStatus?.completionStatus
  if (claimed) state.claimed = claimed
  return state
}
