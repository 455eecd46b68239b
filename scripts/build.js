// Bundles the CLI (dist/cli.js) and the Action (dist/index.js) into single ESM
// files with every dependency inlined, so neither needs node_modules at run
// time. The output is deterministic and committed; CI rebuilds and compares.
import { existsSync } from 'node:fs'
import { build } from 'esbuild'
import { buildId } from './buildId.js'

const entries = [
  { in: 'src/cli/bin.ts', out: 'cli' },
  { in: 'src/action/main.ts', out: 'index' },
  // Loaded by the two above from beside them, for parsing in worker threads.
  { in: 'src/pipeline/parseWorker.ts', out: 'parse-worker' }
].filter((entry) => existsSync(entry.in))

await build({
  entryPoints: entries,
  outdir: 'dist',
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  legalComments: 'none',
  define: { PLANMARK_BUILD_ID: JSON.stringify(buildId(process.cwd())) },
  charset: 'utf8',
  logLevel: 'warning',
  // Bundled CommonJS dependencies call require(); give them one in ESM.
  banner: {
    js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);"
  }
})
