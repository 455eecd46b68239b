import { checkOutputPath } from '../adapters/checkOutputPath.js'
import { commitBefore } from '../adapters/gitHistory.js'
import { gitRenames } from '../adapters/gitRenames.js'
import { isGitWorkTree } from '../adapters/isGitWorkTree.js'
import { isShallowClone } from '../adapters/isShallowClone.js'
import { loadConfig } from '../adapters/loadConfig.js'
import { followRenames } from '../core/aggregate/followRenames.js'
import { weekBounds, weeksEndingWith } from '../core/isoWeek.js'
import { renderWeeklyReport, type WeekSnapshot } from '../core/render/renderWeeklyReport.js'
import { resolveConfig } from '../core/resolveConfig.js'
import type { PlanmarkConfig } from '../core/types/generated.js'
import type { OutputFile } from './analyze.js'
import { plansAtCommits } from './plansAtCommits.js'
import { HistoryError } from './historyError.js'

/** Options of `weeklyReport`. */
export interface WeeklyReportOptions {
  cwd?: string
  configPath?: string
  config?: PlanmarkConfig
  /** The ISO week to report, e.g. `2026-W48`. */
  week: string
  /** How many weeks the trend shows, the reported one included (default 12). */
  weeks?: number
}

/**
 * Builds the weekly report of an ISO week from git history: the documents as
 * they were at the end of each of the last `weeks` weeks (blobs read once and
 * parsed once per path and blob), rendered by the pure renderer. Rerunning it
 * for the same week and history gives the same bytes.
 */
export async function weeklyReport(options: WeeklyReportOptions): Promise<OutputFile> {
  const cwd = options.cwd ?? process.cwd()
  const config = resolveConfig(options.config ?? (await loadConfig(cwd, options.configPath)).config)
  if (!(await isGitWorkTree(cwd)))
    throw new HistoryError(
      `${cwd} is not in a git repository: the weekly report reads plans as they were at the end of each week from git history.`
    )
  if (await isShallowClone(cwd))
    throw new HistoryError(
      'This is a shallow clone, so the plans as they were at the end of each week are missing: the weekly report needs the full history (actions/checkout with fetch-depth: 0, or git fetch --unshallow).'
    )
  await checkOutputPath(cwd, `${config.reportsDir}/weekly`, 'reportsDir')
  // One week more than the trend shows: the plans finished in its first week are those not finished the week before.
  const weeks = weeksEndingWith(options.week, Math.max(2, options.weeks ?? 12) + 1)
  const commits = await Promise.all(weeks.map((week) => commitBefore(cwd, weekBounds(week).end)))
  if (!commits[commits.length - 1]) {
    throw new HistoryError(
      `No commit before the end of ${options.week} (${weekBounds(options.week).end}); in a shallow clone, fetch more history (actions/checkout with fetch-depth: 0).`
    )
  }
  const last = commits[commits.length - 1] as string
  const [plans, renames] = await Promise.all([
    plansAtCommits(cwd, commits, config),
    Promise.all(
      commits.map((commit) => (commit ? gitRenames(cwd, commit, last) : new Map<string, string>()))
    )
  ])
  // Every week's plans under their paths in the reported week, so a plan moved with git mv stays one plan.
  const snapshots: WeekSnapshot[] = weeks.map((week, index) => ({
    week,
    commit: commits[index] ?? null,
    records: followRenames(plans[index] ?? [], renames[index] ?? new Map()).map(
      ({ record }) => record
    )
  }))
  const path = `${config.reportsDir}/weekly/${options.week}.md`
  return {
    path,
    content: renderWeeklyReport({ snapshots, reportDir: `${config.reportsDir}/weekly` })
  }
}
