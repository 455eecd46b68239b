import { run } from '../../src/cli/run.js'

/** Runs the CLI in-process with captured output, as a terminal would (or not) see it. */
export async function runCli(
  argv: string[],
  options: { cwd?: string; env?: Record<string, string>; tty?: boolean; now?: Date } = {}
) {
  let stdout = ''
  let stderr = ''
  const code = await run(argv, {
    cwd: options.cwd ?? process.cwd(),
    env: options.env ?? {},
    stdout: { write: (text: string) => (stdout += text), isTTY: options.tty ?? false },
    stderr: { write: (text: string) => (stderr += text), isTTY: options.tty ?? false },
    now: () => options.now ?? new Date('2026-11-24T10:30:00Z')
  })
  return { code, stdout, stderr }
}
