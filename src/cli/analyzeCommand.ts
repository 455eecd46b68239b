import { isAbsolute, relative, resolve } from 'node:path'
import { writeFileAtomic } from '../adapters/writeFileAtomic.js'
import { analyze, analyzeShard } from '../pipeline/analyze.js'
import { summarize } from '../pipeline/summarize.js'
import type { CliIo } from './io.js'
import { parseCommandArgs } from './parseCommandArgs.js'
import { UsageError } from './usageError.js'
import { pipelineFlagHelp, pipelineFlagOptions, pipelineOptions } from './pipelineFlags.js'
import { noDocumentsFound } from './noDocumentsFound.js'
import { terminalAbilities } from './terminalAbilities.js'
import { projectFolders, type ProjectFolders } from './projectFolders.js'
import { writeOutput } from './writeOutput.js'
import { inertText } from '../core/inertText.js'

/** `planmark analyze --help`. */
const analyzeHelp = `Usage: planmark analyze [paths...] [options]

Check the documents, then compute and write the analytics: plans.json,
agent_performance.json, task_analytics.json, prompt_effectiveness.json (in
metricsDir) and report.md (in reportsDir). Files whose bytes would not change
are not rewritten. Findings do not fail analyze; use planmark check for that.

Options:
  --out <dir>       Folder for the JSON files, anywhere (default: config
                    metricsDir, agents/performance/metrics/current, which
                    must be inside the repository, through no link)
  --config <file>   Configuration file (default: planmark.config.json)
  --cwd <dir>       Run as if started in <dir>
  --json            Print what was written as JSON
  --shard <i/n>     Check only shard i of n (1 ≤ i ≤ n) and write it to
                    --shard-out, for planmark merge (a sharded CI matrix)
  --shard-out <f>   The shard file to write
${pipelineFlagHelp}
  -h, --help        Show this help

Exit codes: 0 written; 2 usage error, missing path, invalid configuration, an
output folder outside the repository or through a link, or a git failure.`

/** Runs `planmark analyze`; returns the exit code. */
export async function analyzeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('analyze', analyzeHelp, {
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      config: { type: 'string' },
      cwd: { type: 'string' },
      json: { type: 'boolean', default: false },
      shard: { type: 'string' },
      'shard-out': { type: 'string' },
      ...pipelineFlagOptions,
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    io.stdout.write(`${analyzeHelp}\n`)
    return 0
  }
  // The analytics describe the project: no path named means all of it, even from a subfolder.
  const project = await projectFolders(io, values, positionals, { defaultToWorkingFolder: false })
  const cwd = project.root
  // A folder named with --out is where the user says, from where the user is.
  const out =
    values.out === undefined || project.root === project.working
      ? values.out
      : resolve(project.working, values.out)
  const interactive = !values.json && terminalAbilities(io, 'stderr').progress
  if (values.shard !== undefined) return writeShard(values, project, io)
  const result = await analyze(project.paths, {
    cwd,
    configPath: project.configPath,
    outDir: out,
    ...pipelineOptions(values, project, io),
    onProgress: interactive
      ? (done, total) => io.stderr.write(`\rplanmark: read ${done}/${total}`)
      : undefined
  })
  if (interactive) io.stderr.write('\r\x1b[K')
  if (result.check.files.length === 0) throw noDocumentsFound(result.check.config, project)
  const written: Array<{ path: string; changed: boolean }> = []
  for (const output of result.outputs) {
    written.push({
      path: output.path,
      changed: await writeOutput(cwd, output, out)
    })
  }
  const summary = summarize(result.check)
  if (values.json) {
    io.stdout.write(
      `${JSON.stringify({ outputs: written, source: result.analytics.plans.source, errors: summary.errors, warnings: summary.warnings }, null, 2)}\n`
    )
    return 0
  }
  io.stderr.write(`${summary.line}\n`)
  // For a person, paths from where they are (the same as from the root, unless run from a subfolder).
  const shown = (path: string) =>
    cwd === project.working || isAbsolute(path)
      ? path
      : relative(project.working, resolve(cwd, path))
  for (const { path, changed } of written)
    io.stdout.write(`${changed ? 'wrote    ' : 'unchanged'} ${inertText(shown(path))}\n`)
  const report = written.find((output) => output.path.endsWith('report.md'))
  if (report) io.stdout.write(`\nReport: ${inertText(shown(report.path))}\n`)
  return 0
}

async function writeShard(
  values: {
    shard?: string
    'shard-out'?: string
    config?: string
    cache?: string
    'no-cache'?: boolean
    workers?: string
  },
  project: ProjectFolders,
  io: CliIo
): Promise<number> {
  const match = /^(\d+)\/(\d+)$/.exec(values.shard ?? '')
  const index = Number(match?.[1])
  const count = Number(match?.[2])
  if (!match || index < 1 || index > count)
    throw new UsageError(`--shard must be i/n with 1 ≤ i ≤ n, found ${values.shard}`)
  if (!values['shard-out']) throw new UsageError('--shard needs --shard-out <file>')
  const text = await analyzeShard(project.paths, {
    cwd: project.root,
    configPath: project.configPath,
    ...pipelineOptions(values, project, io),
    shard: { index: index - 1, count }
  })
  await writeFileAtomic(resolve(io.cwd, values['shard-out']), text)
  io.stdout.write(`wrote shard ${index}/${count} to ${values['shard-out']}\n`)
  return 0
}
