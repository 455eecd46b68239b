import { analyzeCommand } from './analyzeCommand.js'
import { checkCommand } from './checkCommand.js'
import { commentCommand } from './commentCommand.js'
import { initCommand } from './initCommand.js'
import type { CliIo } from './io.js'
import { mergeCommand } from './mergeCommand.js'
import { newCommand } from './newCommand.js'
import { recommendCommand } from './recommendCommand.js'
import { reportCommand } from './reportCommand.js'
import { rollupCommand } from './rollupCommand.js'

/** The CLI's commands by name; each returns its exit code. */
export const commands: Record<string, (args: string[], io: CliIo) => Promise<number>> = {
  check: checkCommand,
  analyze: analyzeCommand,
  report: reportCommand,
  recommend: recommendCommand,
  init: initCommand,
  new: newCommand,
  merge: mergeCommand,
  rollup: rollupCommand,
  comment: commentCommand
}
