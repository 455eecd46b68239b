// Builds the npm library: lib/index.js (ESM, dependencies left to npm) and
// its declarations under lib/types/ (tsc). The schemas are inlined.
import { execFileSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { build } from 'esbuild'
import { libraryOptions } from './buildOptions.js'

rmSync('lib', { recursive: true, force: true })
await build(libraryOptions())
execFileSync('tsc', ['-p', 'tsconfig.build.json'], { stdio: 'inherit' })
