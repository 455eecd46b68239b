import type { ActionInputs } from './actionInputs.js'

/** What the Action does for a run: the `mode` input, or for `auto` what the event calls for. */
export function resolveMode(
  mode: ActionInputs['mode'],
  eventName: string
): Exclude<ActionInputs['mode'], 'auto'> {
  if (mode !== 'auto') return mode
  if (['pull_request', 'pull_request_target', 'workflow_run'].includes(eventName)) return 'comment'
  if (eventName === 'push') return 'commit'
  if (eventName === 'schedule') return 'weekly'
  return 'check'
}
