import { parseArgs, type ParseArgsConfig } from 'node:util'
import { didYouMean } from '../core/text/didYouMean.js'
import { inertText } from '../core/inertText.js'
import { UsageError } from './usageError.js'

/**
 * `parseArgs` for a planmark command, with its mistakes said to a person: an
 * unknown option gets the closest known one ("did you mean --fail-on?") and
 * the usage line, instead of Node's raw message (which quoted the option with
 * an unclosed quote); a missing value names the option.
 */
export function parseCommandArgs<T extends ParseArgsConfig & { options: object }>(
  command: string,
  help: string,
  config: T
): ReturnType<typeof parseArgs<T>> {
  try {
    return parseArgs(config)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) throw error
    const message = (error as Error).message
    const usage = `${help.split('\n')[0]}\nRun planmark ${command} --help for the options.`
    const option = /^Unknown option '([^']*)'/.exec(message)?.[1]
    if (option !== undefined) {
      const names = Object.entries(config.options as Record<string, { short?: string }>).map(
        ([name]) => `--${name}`
      )
      const suggestion = didYouMean(option.replace(/=.*$/, ''), names)
      throw new UsageError(
        `unknown option ${inertText(option)}${suggestion ? `; did you mean ${suggestion}?` : ''}\n${usage}`
      )
    }
    const missing = /^Option '([^']*?)(?: <value>)?' argument missing/.exec(message)?.[1]
    if (missing !== undefined)
      throw new UsageError(`${missing.split(', ').at(-1)} needs a value\n${usage}`)
    const positional = /^Unexpected argument '([^']*)'/.exec(message)?.[1]
    if (positional !== undefined)
      throw new UsageError(`unexpected argument ${inertText(positional)}\n${usage}`)
    // Any other parseArgs complaint, without its trailing advice about `--`.
    throw new UsageError(`${message.replace(/\. To specify .*$/s, '')}\n${usage}`)
  }
}
