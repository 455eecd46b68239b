import { resolve } from 'node:path'
import type { CheckOptions } from '../pipeline/checkFiles.js'
import { UsageError } from './usageError.js'
import type { CliIo } from './io.js'

/** The flags `check` and `analyze` share, as parseArgs options. */
export const pipelineFlagOptions = {
  cache: { type: 'string' },
  'no-cache': { type: 'boolean', default: false },
  workers: { type: 'string' }
} as const

/** The help lines of the shared flags. */
export const pipelineFlagHelp = `  --cache <dir>      Incremental cache folder (default: .planmark-cache)
  --no-cache         Read and parse every file
  --workers <n>      Parse in n worker threads (default: by CPU count, from 64 files; 0: none)`

/** Pipeline options from the shared flags; cache notices go to stderr. The default cache folder (in the project's root) must stay inside the repository. */
export function pipelineOptions(
  values: { cache?: string; 'no-cache'?: boolean; workers?: string },
  folders: { root: string; working: string },
  io: CliIo
): Pick<CheckOptions, 'cacheDir' | 'confineCache' | 'workers' | 'onNotice'> {
  const workers = values.workers === undefined ? 'auto' : Number(values.workers)
  if (workers !== 'auto' && !(Number.isInteger(workers) && workers >= 0 && workers <= 64)) {
    throw new UsageError(`--workers must be a whole number from 0 to 64, found ${values.workers}`)
  }
  return {
    ...(values['no-cache']
      ? {}
      : {
          // The default beside the configuration; a named folder from where the user is.
          cacheDir:
            values.cache === undefined
              ? resolve(folders.root, '.planmark-cache')
              : resolve(folders.working, values.cache),
          // The default folder may be a committed link; a folder named with --cache is the user's choice.
          confineCache: values.cache === undefined
        }),
    workers,
    onNotice: (message) => io.stderr.write(`${message}\n`)
  }
}
