import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import { mergeShards } from '../pipeline/analyze.js'
import type { CliIo } from './io.js'
import { parseCommandArgs } from './parseCommandArgs.js'
import { UsageError } from './usageError.js'
import { projectFolders } from './projectFolders.js'
import { writeOutput } from './writeOutput.js'
import { inertText } from '../core/inertText.js'

/** `planmark merge --help`. */
const mergeHelp = `Usage: planmark merge <shard files...> [options]

Merge the shards written by planmark analyze --shard i/n (every shard of one
run, once) and write the analytics and the report exactly as an unsharded
planmark analyze would: rules across documents and prompt history run here.

Options:
  --out <dir>       Folder for the JSON files (default: config metricsDir)
  --config <file>   Configuration file (default: planmark.config.json)
  --cwd <dir>       Run as if started in <dir>
  -h, --help        Show this help

Exit codes: 0 written; 2 usage error, shards that do not fit together, or an
invalid configuration.`

/** Runs `planmark merge`; returns the exit code. */
export async function mergeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('merge', mergeHelp, {
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
    io.stdout.write(`${mergeHelp}\n`)
    return 0
  }
  if (positionals.length === 0) throw new UsageError('name the shard files to merge')
  const texts = await Promise.all(
    positionals.map((path) =>
      readFile(resolve(io.cwd, path), 'utf8').catch(() => {
        throw new UsageError(`${path}: cannot read the shard file`)
      })
    )
  )
  const project = await projectFolders(io, values, [], { defaultToWorkingFolder: false })
  const cwd = project.root
  const out =
    values.out === undefined || project.root === project.working
      ? values.out
      : resolve(project.working, values.out)
  const result = await mergeShards(texts, { cwd, configPath: project.configPath, outDir: out })
  for (const output of result.outputs) {
    const changed = await writeOutput(cwd, output, out)
    io.stdout.write(`${changed ? 'wrote    ' : 'unchanged'} ${inertText(output.path)}\n`)
  }
  return 0
}
