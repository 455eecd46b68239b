import { dirname, resolve } from 'node:path'
import { checkOutputPath } from '../adapters/checkOutputPath.js'
import { writeFileAtomic } from '../adapters/writeFileAtomic.js'
import type { OutputFile } from '../pipeline/analyze.js'

/**
 * Writes one output (its path relative to `cwd`, or absolute) atomically;
 * resolves whether its bytes changed. A file in `namedDir`, the folder the
 * user named with `--out`, goes where it says; any other must stay inside the
 * repository through no symbolic link, checked just before writing.
 */
export async function writeOutput(
  cwd: string,
  output: OutputFile,
  namedDir?: string
): Promise<boolean> {
  const named =
    namedDir !== undefined && resolve(cwd, dirname(output.path)) === resolve(cwd, namedDir)
  const setting = output.path.endsWith('.md') ? 'reportsDir' : 'metricsDir'
  const path = named
    ? resolve(cwd, output.path)
    : await checkOutputPath(cwd, output.path, `The ${setting} file`)
  return writeFileAtomic(path, output.content)
}
