/** What a CLI command may touch, so tests can run it in-process with captured output. */
export interface CliIo {
  cwd: string
  env: Readonly<Record<string, string | undefined>>
  /** `columns` is the terminal's width, when it is one. */
  stdout: { write(text: string): unknown; isTTY?: boolean; columns?: number }
  stderr: { write(text: string): unknown; isTTY?: boolean; columns?: number }
  /** The clock, for today's date in new documents and the last full week. */
  now: () => Date
}
