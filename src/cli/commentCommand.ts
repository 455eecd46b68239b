import { pullRequestComment } from '../pipeline/pullRequestComment.js'
import type { CliIo } from './io.js'
import { parseCommandArgs } from './parseCommandArgs.js'
import { pipelineFlagOptions, pipelineOptions } from './pipelineFlags.js'
import { UsageError } from './usageError.js'
import { projectFolders } from './projectFolders.js'

const commentHelp = `Usage: planmark comment --base <ref> [options]

Print the pull-request comment for the working tree against a base branch:
the plans the change touches with their progress per phase, the change
measured at the merge base, and the findings the change adds. The body stays
under 60,000 characters by leaving out whole sections, and ends with the
hidden marker that finds the comment again.

Options:
  --base <ref>          The branch the pull request goes into, e.g. origin/main (required)
  --report-url <url>    A link to the full report
  --file-url <url>      Where the head commit's files are, to link plans and
                        findings (e.g. https://github.com/o/r/blob/<sha>)
  --json                Print { body, truncated }
  --config <file>       Configuration file (default: planmark.config.json)
  --cwd <dir>           Run as if started in <dir>
  -h, --help            Show this help

Exit codes: 0 printed; 2 usage error, invalid configuration or no merge base.`

/** Runs `planmark comment`; returns the exit code. */
export async function commentCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('comment', commentHelp, {
    args,
    options: {
      base: { type: 'string' },
      'report-url': { type: 'string' },
      'file-url': { type: 'string' },
      json: { type: 'boolean', default: false },
      config: { type: 'string' },
      cwd: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
      ...pipelineFlagOptions
    }
  })
  if (values.help) {
    io.stdout.write(`${commentHelp}\n`)
    return 0
  }
  if (!values.base) throw new UsageError('--base is required, e.g. --base origin/main')
  const project = await projectFolders(io, values, [], { defaultToWorkingFolder: false })
  const comment = await pullRequestComment({
    cwd: project.root,
    configPath: project.configPath,
    base: values.base,
    ...pipelineOptions(values, project, io),
    ...(values['report-url'] ? { reportUrl: values['report-url'] } : {}),
    ...(values['file-url'] ? { fileUrl: values['file-url'].replace(/\/+$/, '') } : {})
  })
  io.stdout.write(values.json ? `${JSON.stringify(comment, null, 2)}\n` : comment.body)
  return 0
}
