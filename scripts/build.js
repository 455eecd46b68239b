// Bundles the CLI (dist/cli.js) and the Action (dist/index.js) into ESM
// files and chunks with every dependency inlined (scripts/buildOptions.js).
// The output is deterministic and committed; CI rebuilds and compares. dist/
// is emptied first: a chunk the sources no longer make must not stay behind.
import { rmSync } from 'node:fs'
import { build } from 'esbuild'
import { bundleOptions } from './buildOptions.js'

rmSync('dist', { recursive: true, force: true })
await Promise.all(bundleOptions().map((options) => build(options)))
