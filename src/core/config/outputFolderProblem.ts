import { documentGlobs } from '../documentGlobs.js'
import type { ResolvedConfig } from '../resolveConfig.js'

/**
 * Why the configured output folders cannot work, or undefined. A folder the
 * document globs read (`plans/reports`) would make the next run read
 * planmark's own `report.md` as a document, with a page of findings.
 */
export function outputFolderProblem(config: ResolvedConfig): string | undefined {
  const globs = documentGlobs(config)
  const probes = [
    ['reportsDir', config.reportsDir, 'report.md'],
    ['reportsDir', `${config.reportsDir}/weekly`, '2026-W01.md'],
    ['metricsDir', config.metricsDir, 'report.md']
  ] as const
  for (const [setting, dir, file] of probes) {
    // Globs match paths from the working folder; a folder outside it is never walked.
    const parts = dir.split(/[\\/]+/).filter((part) => part !== '' && part !== '.')
    if (/^([\\/]|[A-Za-z]:)/.test(dir) || parts.includes('..')) continue
    const probe = [...parts, file].join('/')
    if (!globs.isDocument(probe)) continue
    return `${setting} "${dir}" is where documents are read (${probe} would be read as a ${globs.kindHint(probe) ?? 'document'} on the next run): choose a folder outside the document globs, or add it to ignore.`
  }
  return undefined
}
