import { realpath } from 'node:fs/promises'
import { dirname } from 'node:path'
import { lilconfig } from 'lilconfig'
import { repositoryRoot } from './repositoryRoot.js'

/** The configuration file's name; a `planmark` key in package.json is the other place. */
export const configFileName = 'planmark.config.json'

/** The project a command works in: the folder its paths and outputs are relative to, and its configuration. */
export interface ProjectConfig {
  /** The folder holding the configuration, else the repository's root (else `cwd` outside git); a real path. */
  root: string
  /** The configuration file, when there is one. */
  configPath?: string
}

/**
 * The configuration that applies to `cwd`, found as remark and eslint find
 * theirs: `planmark.config.json`, else a `planmark` key in `package.json`,
 * in `cwd` and then each folder above it up to the repository's root (or
 * `cwd` alone outside git, so a stray file elsewhere on the machine never
 * applies). The file is only located here; `loadConfig` reads and validates it.
 */
export async function findProjectConfig(cwd: string): Promise<ProjectConfig> {
  const stopDir = await repositoryRoot(cwd).catch(() => cwd)
  const searcher = lilconfig('planmark', {
    searchPlaces: [configFileName, 'package.json'],
    stopDir,
    cache: false,
    // An empty planmark.config.json is a mistake to name, not a file to pass over.
    ignoreEmptySearchPlaces: false,
    // Only package.json is parsed here, to see whether it has the key; a broken
    // one is left for loadConfig to name, and planmark.config.json is not parsed twice.
    loaders: {
      '.json': (filepath: string, content: string) =>
        filepath.endsWith('package.json') ? parsedOrKey(content) : {}
    }
  })
  // From the real path: the walk stops at the root git reports, a real path too.
  const found = await searcher.search(await realpath(cwd).catch(() => cwd))
  return found?.filepath
    ? { root: dirname(found.filepath), configPath: found.filepath }
    : { root: stopDir }
}

/** A package.json's object, or one holding a `planmark` key when it is not JSON (loadConfig then says why). */
function parsedOrKey(content: string): unknown {
  try {
    return JSON.parse(content.replace(/^\uFEFF/, ''))
  } catch {
    return /"planmark"\s*:/.test(content) ? { planmark: {} } : {}
  }
}
