import { commitBefore, filesAtCommit, readBlobs } from '../adapters/gitHistory.js'
import { isGitWorkTree } from '../adapters/isGitWorkTree.js'
import { loadConfig } from '../adapters/loadConfig.js'
import { analysedPlans } from '../core/aggregate/analysedPlans.js'
import { documentGlobs } from '../core/documentGlobs.js'
import { weekBounds, weeksEndingWith } from '../core/isoWeek.js'
import { parseDocument, type ParsedDocument } from '../core/parseDocument.js'
import { renderWeeklyReport, type WeekSnapshot } from '../core/render/renderWeeklyReport.js'
import { resolveConfig } from '../core/resolveConfig.js'
import type { PlanmarkConfig } from '../core/types/generated.js'
import type { OutputFile } from './analyze.js'

/** Options of `weeklyReport`. */
export interface WeeklyReportOptions {
  cwd?: string
  configPath?: string
  config?: PlanmarkConfig
  /** The ISO week to report, e.g. `2026-W48`. */
  week: string
  /** How many weeks the trend shows, the reported one included (default 8). */
  weeks?: number
}

/** Git history the weekly report cannot do without. */
export class HistoryError extends Error {
  override name = 'HistoryError'
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
  const weeks = weeksEndingWith(options.week, Math.max(2, options.weeks ?? 8))
  const commits = await Promise.all(weeks.map((week) => commitBefore(cwd, weekBounds(week).end)))
  if (!commits[commits.length - 1]) {
    throw new HistoryError(
      `No commit before the end of ${options.week} (${weekBounds(options.week).end}); in a shallow clone, fetch more history (actions/checkout with fetch-depth: 0).`
    )
  }
  const globs = documentGlobs(config)
  const listings = await Promise.all(
    commits.map((commit) => (commit ? filesAtCommit(cwd, commit) : Promise.resolve([])))
  )
  const documents = listings.map((files) => files.filter((file) => globs.isDocument(file.path)))
  const blobs = await readBlobs(cwd, [...new Set(documents.flat().map((file) => file.blobId))])
  const parsed = new Map<string, ParsedDocument>()
  const snapshots: WeekSnapshot[] = weeks.map((week, index) => {
    const snapshotDocuments = (documents[index] ?? []).flatMap((file) => {
      const key = `${file.path}\u0000${file.blobId}`
      const source = blobs.get(file.blobId)
      if (source === undefined) return []
      const cached =
        parsed.get(key) ??
        parseDocument(source, {
          path: file.path,
          blobId: file.blobId,
          kindHint: globs.kindHint(file.path),
          config
        })
      parsed.set(key, cached)
      return [cached]
    })
    return {
      week,
      commit: commits[index] ?? null,
      records: analysedPlans(snapshotDocuments).map(({ record }) => record)
    }
  })
  const path = `${config.reportsDir}/weekly/${options.week}.md`
  return {
    path,
    content: renderWeeklyReport({ snapshots, reportDir: `${config.reportsDir}/weekly` })
  }
}
