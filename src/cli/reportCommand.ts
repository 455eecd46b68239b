import { isIsoWeek, lastFullWeek } from '../core/isoWeek.js'
import { analyze, type OutputFile } from '../pipeline/analyze.js'
import { weeklyReport } from '../pipeline/weeklyReport.js'
import { UsageError } from './usageError.js'
import type { CliIo } from './io.js'
import { parseCommandArgs } from './parseCommandArgs.js'
import { projectFolders } from './projectFolders.js'
import { writeOutput } from './writeOutput.js'
import { inertText } from '../core/inertText.js'

/** `planmark report --help`. */
const reportHelp = `Usage: planmark report [paths...] [options]

Write the repository report (reportsDir/report.md), or with --week the weekly
report of an ISO week (reportsDir/weekly/<week>.md) from git history: plans
started, finished and stalled, the week per agent, findings opened and
closed, and the trend of the last weeks. Rerunning a week rewrites the same
file with the same bytes.

Options:
  --week <week>     An ISO week such as 2026-W48, or "last" for the last full
                    week in UTC
  --weeks <n>       Weeks in the weekly trend (default 12)
  --config <file>   Configuration file (default: planmark.config.json)
  --cwd <dir>       Run as if started in <dir>
  --json            Print the written file as JSON ({ path, changed })
  -h, --help        Show this help

Exit codes: 0 written; 2 usage error, invalid configuration or missing git history.`

/** Runs `planmark report`; returns the exit code. */
export async function reportCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('report', reportHelp, {
    args,
    allowPositionals: true,
    options: {
      week: { type: 'string' },
      weeks: { type: 'string' },
      config: { type: 'string' },
      cwd: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    io.stdout.write(`${reportHelp}\n`)
    return 0
  }
  const project = await projectFolders(io, values, positionals, { defaultToWorkingFolder: false })
  const cwd = project.root
  const week = values.week === 'last' ? lastFullWeek(io.now()) : values.week
  if (week !== undefined && !isIsoWeek(week))
    throw new UsageError(`--week must be an ISO week such as 2026-W48, or last; found ${week}`)
  const weeks = values.weeks === undefined ? undefined : Number(values.weeks)
  if (weeks !== undefined && !(Number.isInteger(weeks) && weeks >= 2 && weeks <= 104))
    throw new UsageError(`--weeks must be a whole number from 2 to 104, found ${values.weeks}`)
  let output: OutputFile
  if (week)
    output = await weeklyReport({
      cwd,
      configPath: project.configPath,
      week,
      ...(weeks ? { weeks } : {})
    })
  else {
    const result = await analyze(project.paths, { cwd, configPath: project.configPath })
    output = result.outputs.find((file) => file.path.endsWith('/report.md')) as OutputFile
  }
  const changed = await writeOutput(cwd, output)
  if (values.json) io.stdout.write(`${JSON.stringify({ path: output.path, changed }, null, 2)}\n`)
  else io.stdout.write(`${changed ? 'wrote    ' : 'unchanged'} ${inertText(output.path)}\n`)
  return 0
}
