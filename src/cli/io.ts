/** What a CLI command may touch, so tests can run it in-process with captured output. */
export interface CliIo {
  cwd: string
  env: Readonly<Record<string, string | undefined>>
  stdout: { write(text: string): unknown; isTTY?: boolean }
  stderr: { write(text: string): unknown; isTTY?: boolean }
  /** The clock, for today's date in new documents and the last full week. */
  now: () => Date
}
