import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { writeFileAtomic } from '../adapters/writeFileAtomic.js'
import { analyze } from '../pipeline/analyze.js'
import { summarize } from '../pipeline/summarize.js'
import type { CliIo } from './io.js'
import { workingDirectory } from './workingDirectory.js'

/** `planmark analyze --help`. */
export const analyzeHelp = `Usage: planmark analyze [paths...] [options]

Check the documents, then compute and write the analytics: plans.json,
agent_performance.json, task_analytics.json, prompt_effectiveness.json (in
metricsDir) and report.md (in reportsDir). Files whose bytes would not change
are not rewritten. Findings do not fail analyze; use planmark check for that.

Options:
  --out <dir>       Folder for the JSON files (default: config metricsDir,
                    agents/performance/metrics/current)
  --config <file>   Configuration file (default: planmark.config.json)
  --cwd <dir>       Run as if started in <dir>
  --json            Print what was written as JSON
  -h, --help        Show this help

Exit codes: 0 written; 2 usage error, missing path or invalid configuration.`

/** Runs `planmark analyze`; returns the exit code. */
export async function analyzeCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      config: { type: 'string' },
      cwd: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    io.stdout.write(`${analyzeHelp}\n`)
    return 0
  }
  const cwd = workingDirectory(io, values.cwd)
  const interactive = !values.json && io.stderr.isTTY === true
  const result = await analyze(positionals, {
    cwd,
    configPath: values.config,
    outDir: values.out,
    onProgress: interactive
      ? (done, total) => io.stderr.write(`\rplanmark: read ${done}/${total}`)
      : undefined
  })
  if (interactive) io.stderr.write('\r\x1b[K')
  const written: Array<{ path: string; changed: boolean }> = []
  for (const output of result.outputs) {
    written.push({
      path: output.path,
      changed: await writeFileAtomic(join(cwd, output.path), output.content)
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
  for (const { path, changed } of written)
    io.stdout.write(`${changed ? 'wrote    ' : 'unchanged'} ${path}\n`)
  const report = written.find((output) => output.path.endsWith('report.md'))
  if (report) io.stdout.write(`\nReport: ${report.path}\n`)
  return 0
}
