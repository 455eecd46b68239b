// Bundles the CLI (dist/cli.js) and the Action (dist/index.js) into single ESM
// files with every dependency inlined (scripts/buildOptions.js). The output is
// deterministic and committed; CI rebuilds and compares.
import { build } from 'esbuild'
import { bundleOptions } from './buildOptions.js'

await build(bundleOptions())
