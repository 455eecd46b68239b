// The esbuild options of the two builds, shared by the build scripts and by
// __tests__/package.test.ts, which checks from them that the bundles carry
// every dependency and that the library needs exactly the runtime ones.
import { existsSync } from 'node:fs'
import { buildId } from './buildId.js'

/**
 * dist/: the CLI and the Action as single ESM files with every dependency
 * inlined, so neither needs node_modules at run time (the Action's @actions/*
 * and @octokit are devDependencies for this reason).
 * @returns {import('esbuild').BuildOptions}
 */
export function bundleOptions(root = process.cwd()) {
  return {
    entryPoints: [
      { in: 'src/cli/bin.ts', out: 'cli' },
      { in: 'src/action/main.ts', out: 'index' },
      // Loaded by the two above from beside them, for parsing in worker threads.
      { in: 'src/pipeline/parseWorker.ts', out: 'parse-worker' }
    ].filter((entry) => existsSync(entry.in)),
    absWorkingDir: root,
    outdir: 'dist',
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    define: { PLANMARK_BUILD_ID: JSON.stringify(buildId(root)) },
    charset: 'utf8',
    logLevel: 'warning',
    // Bundled CommonJS dependencies call require(); give them one in ESM.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
    }
  }
}

/**
 * lib/: the npm library, its dependencies left to npm (the package's `dependencies`).
 * @returns {import('esbuild').BuildOptions}
 */
export function libraryOptions(root = process.cwd()) {
  return {
    entryPoints: [
      { in: 'src/index.ts', out: 'index' },
      { in: 'src/pipeline/parseWorker.ts', out: 'parse-worker' }
    ],
    absWorkingDir: root,
    outdir: 'lib',
    bundle: true,
    packages: 'external',
    define: { PLANMARK_BUILD_ID: JSON.stringify(buildId(root)) },
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning'
  }
}
