import { relative } from 'node:path'
import type { ResolvedConfig } from '../core/resolveConfig.js'
import type { ProjectFolders } from './projectFolders.js'
import { UsageError } from './usageError.js'

/**
 * The usage error (exit 2) for a run that found no document, naming the
 * folders and the globs tried, as eslint does for "no files matching": a
 * typo in a path or a glob must not pass as "0 documents checked".
 */
export function noDocumentsFound(config: ResolvedConfig, project: ProjectFolders): UsageError {
  const where = project.paths.length > 0 ? project.paths.join(', ') : '.'
  const globs = Object.values(config.documents).flat().join(', ')
  const from = relative(project.working, project.root) || '.'
  const configured = project.configPath
    ? `the "documents" globs of ${relative(project.working, project.configPath) || project.configPath}`
    : 'the "documents" globs of a planmark.config.json'
  return new UsageError(
    `no documents found in ${where} (from ${from}); globs tried: ${globs} (ignored: ${config.ignore.join(', ')}). Name the files, or set ${configured}.`
  )
}
