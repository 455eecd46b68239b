import { inertText } from '../core/inertText.js'
import { rollupPlans } from '../pipeline/rollup.js'
import type { CliIo } from './io.js'
import { parseCommandArgs } from './parseCommandArgs.js'
import { UsageError } from './usageError.js'
import { workingDirectory } from './workingDirectory.js'
import { writeOutput } from './writeOutput.js'

/** `planmark rollup --help`. */
const rollupHelp = `Usage: planmark rollup <plans.json...> [options]

Merge several repositories' plans.json (each written by planmark analyze,
naming its repository) into one organisation report: rollup.json and
rollup.md with the repositories' counts, agent performance and the same
recommendations as one repository's report.

Options:
  --out <dir>       Folder for rollup.json and rollup.md (default: reportsDir/rollup)
  --config <file>   Configuration file (default: planmark.config.json)
  --cwd <dir>       Run as if started in <dir>
  -h, --help        Show this help

Exit codes: 0 written; 2 usage error, or a plans.json that is unreadable, not
JSON, not a planmark plans.json, names no repository or repeats one.`

/** Runs `planmark rollup`; returns the exit code. */
export async function rollupCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('rollup', rollupHelp, {
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      config: { type: 'string' },
      cwd: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    io.stdout.write(`${rollupHelp}\n`)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('name the plans.json files to roll up')
  const cwd = workingDirectory(io, values.cwd)
  const outputs = await rollupPlans(positionals, {
    cwd,
    configPath: values.config,
    outDir: values.out,
    inputDir: io.cwd
  })
  for (const output of outputs) {
    const changed = await writeOutput(cwd, output, values.out)
    io.stdout.write(`${changed ? 'wrote    ' : 'unchanged'} ${inertText(output.path)}\n`)
  }
  return 0
}
