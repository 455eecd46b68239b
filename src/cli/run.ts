import packageJson from '../../package.json' with { type: 'json' }
import { OutputPathError } from '../adapters/outputPathError.js'
import { ConfigError } from '../adapters/configError.js'
import { MissingPathError } from '../adapters/missingPathError.js'
import { GitError } from '../adapters/gitError.js'
import { ShardError } from '../pipeline/shardError.js'
import { HistoryError } from '../pipeline/historyError.js'
import { RollupInputError } from '../pipeline/rollupInputError.js'
import { UsageError } from './usageError.js'
import type { CliIo } from './io.js'
import { inertText } from '../core/inertText.js'
import { didYouMean } from '../core/text/didYouMean.js'

const usageLine = 'Usage: planmark <command> [options]'

const help = `${usageLine}

Commands:
  check [paths...]     Check documents: GitHub checkbox semantics, schemas, consistency rules
  analyze [paths...]   Write the analytics JSON files and report.md
  report [--week W]    Write report.md, or the weekly report of an ISO week
  recommend            Rank agents for a task category, honest about small samples
  init                 Scaffold folders, templates, configuration and workflows
  new <kind>           Create a plan, analysis, review or prompt from its template
  merge <shards...>    Merge the shards of analyze --shard into the analytics
  rollup <plans.json...>  Merge several repositories' plans.json into one organisation report
  comment --base REF   Print the pull-request comment against a base branch

Options:
  -h, --help         Show help (also: planmark <command> --help, planmark help <command>)
  -v, --version      Show the version

Exit codes: 0 success, 1 findings at or above --fail-on, 2 usage or configuration error.`

/** Runs the planmark CLI with `argv` (without node and script); returns the exit code. */
export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const [first, ...rest] = argv
  // `planmark help check` is `planmark check --help`, as git and npm read it.
  const asksHelpFor = first === 'help' && rest[0] !== undefined
  const name = asksHelpFor ? rest[0] : first
  const args = asksHelpFor ? ['--help'] : rest
  if (name === undefined || name === '-h' || name === '--help' || name === 'help') {
    io.stdout.write(`${help}\n`)
    return name === undefined ? 2 : 0
  }
  if (name === '-v' || name === '--version') {
    io.stdout.write(`${packageJson.version}\n`)
    return 0
  }
  // Loaded only now: `planmark --version` and `--help` read none of the commands' code.
  const { commands } = await import('./commands.js')
  // Own names only: `planmark constructor` is not a command.
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined
  if (!command) {
    const suggestion = didYouMean(name, Object.keys(commands))
    io.stderr.write(
      `planmark: unknown command ${inertText(name)}${suggestion ? `; did you mean ${suggestion}?` : ''}\n${usageLine}\nRun planmark --help for the commands.\n`
    )
    return 2
  }
  try {
    return await command(args, io)
  } catch (error) {
    if (
      error instanceof UsageError ||
      error instanceof ConfigError ||
      error instanceof MissingPathError ||
      error instanceof HistoryError ||
      error instanceof ShardError ||
      error instanceof RollupInputError ||
      error instanceof GitError ||
      error instanceof OutputPathError
    ) {
      // Messages quote paths and configured values: each line's controls are shown, not run.
      const lines = (error as Error).message.split('\n').map(inertText)
      io.stderr.write(`planmark ${name}: ${lines.join('\n')}\n`)
      return 2
    }
    throw error
  }
}
