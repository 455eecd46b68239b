import { realpathSync } from 'node:fs'
import { relative, resolve } from 'node:path'
import { findProjectConfig } from '../adapters/findProjectConfig.js'
import type { CliIo } from './io.js'
import { workingDirectory } from './workingDirectory.js'

/** Where a command works: the project's folder, its configuration, and the paths named, relative to that folder. */
export interface ProjectFolders {
  /** The folder the user is in (`--cwd`, else the process's). */
  working: string
  /** The folder that holds the configuration, else the repository's root: globs and outputs are relative to it. */
  root: string
  /** The configuration file (absolute), when there is one. */
  configPath?: string
  /** The named paths, relative to `root`; the working folder when none is named and `root` is above it, if asked. */
  paths: string[]
}

/**
 * Resolves where a command works. Without `--config`, the configuration is
 * looked up from the working folder up to the repository's root, and its
 * folder (else the repository's root) becomes the root, so running from
 * `agents/performance` applies the project's categories and globs and writes
 * the project's outputs (not a nested copy).
 * `--config` keeps the working folder as the root, as eslint's `-c` does.
 * Paths named on the command line stay relative to the working folder.
 */
export async function projectFolders(
  io: CliIo,
  values: { cwd?: string; config?: string },
  positionals: readonly string[],
  options: { defaultToWorkingFolder: boolean }
): Promise<ProjectFolders> {
  const working = workingDirectory(io, values.cwd)
  if (values.config !== undefined)
    return { working, root: working, configPath: values.config, paths: [...positionals] }
  const { root, configPath } = await findProjectConfig(working)
  // The search runs on real paths (so does git): compare like with like.
  const real = realpathSync(working)
  if (root === real) return { working, root: working, configPath, paths: [...positionals] }
  const named = positionals.map((path) => relative(root, resolve(real, path)) || '.')
  return {
    working,
    root,
    configPath,
    paths: named.length === 0 && options.defaultToWorkingFolder ? [relative(root, real)] : named
  }
}
