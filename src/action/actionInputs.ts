import { actionsRuntime } from '../adapters/actionsRuntime.js'
import { isIsoWeek } from '../core/isoWeek.js'

/** The Action's inputs, read and checked. */
export interface ActionInputs {
  token: string
  paths: string[]
  workingDirectory: string
  config: string | undefined
  mode: 'auto' | 'check' | 'comment' | 'commit' | 'weekly'
  commitBranch: string
  commitMessage: string
  comment: boolean
  commentFile: string
  failOn: 'error' | 'warning' | 'never' | undefined
  week: string
  weeklyIssue: boolean
  dryRun: boolean
  /** Restore and save the document cache through GitHub's cache service. */
  cache: boolean
}

const modes = ['auto', 'check', 'comment', 'commit', 'weekly'] as const
const failOnValues = ['error', 'warning', 'never'] as const

function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value))
    throw new Error(
      `Input ${name} must be ${allowed.slice(0, -1).join(', ')} or ${allowed.at(-1) ?? ''}; found "${value}".`
    )
  return value as T
}

/** An on/off input (true/false accepted too). */
function flag(name: string, fallback: boolean): boolean {
  const value = actionsRuntime.input(name).toLowerCase()
  if (value === '') return fallback
  if (value === 'on' || value === 'true') return true
  if (value === 'off' || value === 'false') return false
  throw new Error(`Input ${name} must be on or off; found "${value}".`)
}

/** Reads the inputs from INPUT_* and fails on a value the Action does not take. */
export function actionInputs(): ActionInputs {
  const { input } = actionsRuntime
  const token = input('github-token')
  if (token) actionsRuntime.secret(token)
  const failOn = input('fail-on')
  const week = input('week')
  if (week && week !== 'last' && !isIsoWeek(week))
    throw new Error(`Input week must be an ISO week such as 2026-W48, or last; found "${week}".`)
  return {
    token,
    paths: actionsRuntime.lines('paths'),
    workingDirectory: input('working-directory') || '.',
    config: input('config') || undefined,
    mode: oneOf('mode', input('mode') || 'auto', modes),
    commitBranch: input('commit-branch'),
    commitMessage: input('commit-message'),
    comment: flag('comment', true),
    commentFile: input('comment-file'),
    failOn: failOn ? oneOf('fail-on', failOn, failOnValues) : undefined,
    week,
    weeklyIssue: flag('weekly-issue', false),
    dryRun: flag('dry-run', false),
    cache: flag('cache', true)
  }
}
