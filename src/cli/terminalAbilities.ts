import type { CliIo } from './io.js'

/** What a stream's terminal can show: colours, a progress line that rewrites itself, and its width. */
export interface TerminalAbilities {
  color: boolean
  progress: boolean
  /** Columns to fit tables in; undefined when not a terminal (a file or a pipe takes any width). */
  columns?: number
}

/**
 * Reads the conventions other tools honour: `FORCE_COLOR` (any value but
 * `0` or `false`) turns colours on even in a pipe and wins over `NO_COLOR`,
 * as in Node and chalk; `NO_COLOR` (not empty) turns them off; `TERM=dumb`
 * turns off colours and the progress line, whose carriage return and erase
 * sequence such a terminal prints as text. Otherwise, only a terminal gets
 * either.
 */
export function terminalAbilities(io: CliIo, stream: 'stdout' | 'stderr'): TerminalAbilities {
  const { isTTY, columns } = io[stream]
  const dumb = io.env.TERM === 'dumb'
  const force = io.env.FORCE_COLOR
  const forced = force !== undefined && force !== '0' && force !== 'false'
  const forbidden = force === '0' || force === 'false' || Boolean(io.env.NO_COLOR) || dumb
  return {
    color: forced || (!forbidden && isTTY === true),
    progress: isTTY === true && !dumb,
    ...(isTTY === true && columns && columns > 0 ? { columns } : {})
  }
}
