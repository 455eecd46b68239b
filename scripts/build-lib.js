// Builds the npm library: lib/index.js (ESM, dependencies left to npm) and
// its declarations under lib/types/ (tsc). The schemas are inlined.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { build } from 'esbuild'
import { buildId } from './buildId.js'

rmSync('lib', { recursive: true, force: true })
await build({
  entryPoints: [
    { in: 'src/index.ts', out: 'index' },
    { in: 'src/pipeline/parseWorker.ts', out: 'parse-worker' }
  ],
  outdir: 'lib',
  bundle: true,
  packages: 'external',
  define: { PLANMARK_BUILD_ID: JSON.stringify(buildId(process.cwd())) },
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning'
})
execFileSync('tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' })
