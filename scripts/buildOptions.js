// The esbuild options of the two builds, shared by the build scripts and by
// __tests__/package.test.ts, which checks from them that the bundles carry
// every dependency and that the library needs exactly the runtime ones.
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { buildId } from './buildId.js'

/**
 * @actions/core's OIDC client and platform details, which planmark never
 * calls, are declared free of side effects so tree shaking drops them: the
 * OIDC client imports @actions/http-client, which evaluates undici (about
 * 770 KB) as soon as it is loaded. The GitHub API client still brings them,
 * in the modes that use it.
 * @type {import('esbuild').Plugin}
 */
const unusedActionsCore = {
  name: 'unused-actions-core',
  setup(build) {
    build.onResolve({ filter: /^\.\/(oidc-utils|platform)\.js$/ }, async (args) => {
      if (args.pluginData?.resolving || !/[\\/]@actions[\\/]core[\\/]/.test(args.importer))
        return undefined
      const { path } = await build.resolve(args.path, {
        kind: args.kind,
        importer: args.importer,
        resolveDir: args.resolveDir,
        pluginData: { resolving: true }
      })
      return { path, sideEffects: false }
    })
  }
}

/**
 * dist/: the CLI and the Action, every dependency inlined so neither needs
 * node_modules at run time (the Action's @actions/* and @octokit are
 * devDependencies for this reason). Two builds split into ESM chunks beside
 * their entries, so each mode loads only what it imports (the Action's
 * GitHub API client, the commands' pipelines): the CLI and its parse worker
 * (`cli-*.js`, shipped in the package) and the Action (`action-*.js`, run
 * from the repository). Chunk names hash their content: the same sources
 * build the same files.
 * @returns {import('esbuild').BuildOptions[]}
 */
export function bundleOptions(root = process.cwd()) {
  const shared = {
    absWorkingDir: root,
    outdir: 'dist',
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    legalComments: 'none',
    define: { PLANMARK_BUILD_ID: JSON.stringify(buildId(root)) },
    charset: 'utf8',
    logLevel: 'warning',
    plugins: [unusedActionsCore],
    // Bundled CommonJS dependencies call require(); give them one in ESM.
    banner: {
      js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
    }
  }
  const entries = (list) => list.filter((entry) => existsSync(join(root, entry.in)))
  return [
    {
      ...shared,
      entryPoints: entries([
        { in: 'src/cli/bin.ts', out: 'cli' },
        // Loaded from beside the bundles (the Action's too), for parsing in worker threads.
        { in: 'src/pipeline/parseWorker.ts', out: 'parse-worker' }
      ]),
      chunkNames: 'cli-[name]-[hash]'
    },
    {
      ...shared,
      entryPoints: entries([{ in: 'src/action/main.ts', out: 'index' }]),
      chunkNames: 'action-[name]-[hash]'
    }
  ]
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
