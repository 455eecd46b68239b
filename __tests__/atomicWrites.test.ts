import { spawn } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'
import { build } from 'esbuild'
import { describe, expect, test, vi } from 'vitest'

// Processes, git repositories, servers or many generated runs: allow for a slow machine.
vi.setConfig({ testTimeout: 60_000 })

const root = new URL('..', import.meta.url).pathname

/** A script that writes a large file with planmark's atomic writers, bundled from the sources. */
async function writerScript(dir: string): Promise<string> {
  const entry = join(dir, 'writer.ts')
  writeFileSync(
    entry,
    `import { writeFileAtomic, writeLinesAtomic } from ${JSON.stringify(join(root, 'src/adapters/writeFileAtomic.ts'))}
const [mode, target] = process.argv.slice(2)
if (mode === 'file') await writeFileAtomic(target, 'new '.repeat(100 * 1024 * 1024))
else await writeLinesAtomic(target, (function* () { for (let i = 0; i < 50_000_000; i++) yield 'a new line' })())
`
  )
  const script = join(dir, 'writer.mjs')
  await build({
    entryPoints: [entry],
    outfile: script,
    bundle: true,
    platform: 'node',
    format: 'esm',
    logLevel: 'silent'
  })
  return script
}

describe('a crash in the middle of a write', () => {
  test.each(['file', 'lines'])(
    'leaves the previous %s output intact (the process is killed while it writes)',
    async (mode) => {
      const dir = mkdtempSync(join(tmpdir(), 'planmark-crash-'))
      const script = await writerScript(dir)
      const target = join(dir, 'plans.json')
      writeFileSync(target, '{"previous": true}\n')
      const child = spawn(process.execPath, [script, mode, target])
      const exited = new Promise((resolve) => child.on('exit', resolve))
      // Kill it once part of the new content is on disk, wherever the writer puts it
      // (a writer that wrote in place would have truncated the target by then).
      const previousSize = statSync(target).size
      let partial = 0
      for (let waited = 0; waited < 30_000 && partial === 0; waited += 2) {
        const temporary = readdirSync(dir).find((name) => name.endsWith('.tmp'))
        partial = temporary ? statSync(join(dir, temporary)).size : 0
        if (statSync(target).size !== previousSize) partial = statSync(target).size || 1
        if (partial === 0) await sleep(2)
      }
      child.kill('SIGKILL')
      await exited
      expect(partial).toBeGreaterThan(0)
      expect(readFileSync(target, 'utf8')).toBe('{"previous": true}\n')
    }
  )
})
