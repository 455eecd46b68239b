#!/usr/bin/env node
import { defuseWorkflowCommands } from '../core/defuseWorkflowCommands.js'
import { run } from './run.js'

/** A stream that cannot issue workflow commands when the CLI runs in GitHub Actions. */
function guarded(stream: NodeJS.WriteStream) {
  return {
    isTTY: stream.isTTY,
    columns: stream.columns,
    write: (text: string) => stream.write(defuseWorkflowCommands(text))
  }
}

process.exitCode = await run(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: guarded(process.stdout),
  stderr: guarded(process.stderr),
  now: () => new Date()
})
