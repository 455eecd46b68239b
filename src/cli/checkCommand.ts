import { VFile } from 'vfile'
import { reporter } from 'vfile-reporter'
import { dialectOf } from '../core/extract/dialects/dialectOf.js'
import packageJson from '../../package.json' with { type: 'json' }
import { severityOf } from '../core/findingOf.js'
import { sarifLog } from '../core/render/sarifLog.js'
import { inertText } from '../core/inertText.js'
import { checkFiles, documentsOf, type CheckResult } from '../pipeline/checkFiles.js'
import type { CliIo } from './io.js'
import { parseCommandArgs } from './parseCommandArgs.js'
import { UsageError } from './usageError.js'
import { pipelineFlagHelp, pipelineFlagOptions, pipelineOptions } from './pipelineFlags.js'
import { noDocumentsFound } from './noDocumentsFound.js'
import { projectFolders } from './projectFolders.js'
import { progressTable } from './progressTable.js'
import { terminalAbilities } from './terminalAbilities.js'
import { failingCount, summarize, type Summary } from '../pipeline/summarize.js'

/** `planmark check --help`. */
const checkHelp = `Usage: planmark check [paths...] [options]

Check plans, analyses, reviews, prompts and checklists: parse them as GitHub
does, validate them against their schemas and run the consistency rules.
Paths are files or folders (default: the current folder).

Options:
  --format <text|json|sarif>     Output format (default: text); --json is short for --format json;
                                 sarif is SARIF 2.1.0, for GitHub code scanning
  --fail-on <error|warning|never> Lowest severity that exits 1 (default: config failOn, else error)
  --config <file>                Configuration file (default: planmark.config.json)
  --cwd <dir>                    Run as if started in <dir>
  -q, --quiet                    Text format: only files with messages, no progress table
${pipelineFlagHelp}
  -h, --help                     Show this help

Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it;
2 usage error, missing path or invalid configuration.`

/** Runs `planmark check`; returns the exit code. */
export async function checkCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('check', checkHelp, {
    args,
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'text' },
      json: { type: 'boolean', default: false },
      'fail-on': { type: 'string' },
      config: { type: 'string' },
      cwd: { type: 'string' },
      quiet: { type: 'boolean', short: 'q', default: false },
      ...pipelineFlagOptions,
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    io.stdout.write(`${checkHelp}\n`)
    return 0
  }
  if (values.json) values.format = 'json'
  if (values.format !== 'text' && values.format !== 'json' && values.format !== 'sarif')
    throw new UsageError(`--format must be text, json or sarif, found ${values.format}`)
  const failOnFlag = values['fail-on']
  if (failOnFlag !== undefined && !['error', 'warning', 'never'].includes(failOnFlag)) {
    throw new UsageError(`--fail-on must be error, warning or never, found ${failOnFlag}`)
  }
  const project = await projectFolders(io, values, positionals, { defaultToWorkingFolder: true })
  const interactive = values.format === 'text' && terminalAbilities(io, 'stderr').progress
  const result = await checkFiles(project.paths, {
    cwd: project.root,
    configPath: project.configPath,
    ...pipelineOptions(values, project, io),
    onProgress: interactive
      ? (done, total) => io.stderr.write(`\rplanmark: checked ${done}/${total}`)
      : undefined
  })
  if (interactive) io.stderr.write('\r\x1b[K')
  if (result.files.length === 0) throw noDocumentsFound(result.config, project)
  const summary = summarize(result)
  if (values.format === 'json')
    io.stdout.write(`${JSON.stringify(jsonReport(result, summary), null, 2)}\n`)
  else if (values.format === 'sarif') {
    const files = result.files.map(({ file }) => ({ path: file.path, messages: file.messages }))
    io.stdout.write(`${JSON.stringify(sarifLog(files, packageJson.version), null, 2)}\n`)
  } else writeText(result, summary, io, values.quiet)
  const failOn = (failOnFlag ?? result.config.failOn) as 'error' | 'warning' | 'never'
  return failingCount(summary, failOn) > 0 ? 1 : 0
}

function writeText(result: CheckResult, summary: Summary, io: CliIo, quiet: boolean): void {
  const { color } = terminalAbilities(io, 'stderr')
  // A file name may hold escape sequences: its header shows them as text, as reasons do.
  const files = result.files
    .filter(({ file }) => file.messages.length > 0)
    .map(({ file }) =>
      Object.assign(new VFile({ path: inertText(file.path) }), { messages: file.messages })
    )
  if (files.length > 0) io.stderr.write(`${reporter(files, { color, quiet: true })}\n`)
  if (!quiet)
    io.stdout.write(
      `${progressTable(documentsOf(result), terminalAbilities(io, 'stdout').columns)}\n`
    )
  io.stderr.write(`${summary.line}\n`)
}

function jsonReport(result: CheckResult, summary: Summary) {
  return {
    documents: result.files.map(({ file, parsed }) => ({
      path: file.path,
      kind: parsed?.document.kind ?? null,
      dialect: parsed ? dialectOf(parsed.document) : null,
      valid: parsed?.valid ?? false,
      checkboxes: parsed?.document.checkboxes ?? null,
      messages: file.messages.map((message) => ({
        line: message.line ?? null,
        column: message.column ?? null,
        endLine: message.place && 'end' in message.place ? message.place.end.line : null,
        endColumn: message.place && 'end' in message.place ? message.place.end.column : null,
        severity: severityOf(message),
        ruleId: message.ruleId ?? null,
        source: message.source ?? null,
        reason: message.reason,
        expected: message.expected ?? null,
        actual: message.actual ?? null
      }))
    })),
    summary: {
      documents: summary.documents,
      kinds: summary.kinds,
      dialects: summary.dialects,
      errors: summary.errors,
      warnings: summary.warnings,
      infos: summary.infos
    }
  }
}
