import { spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { documentLink } from '../src/core/render/documentLink.js'
import { planMarkdown } from './helpers/planMarkdown.js'
import { runCli } from './helpers/runCli.js'

// Processes and files on disk: allow for a slow machine.
vi.setConfig({ testTimeout: 60_000 })

const cliPath = new URL('../dist/cli.js', import.meta.url).pathname

interface CheckedDocument {
  path: string
  kind: string | null
  messages: Array<{ line: number | null; column: number | null; ruleId: string; reason: string }>
}

/** A folder with one good plan in plans/. */
function plansFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), 'planmark-paths-'))
  mkdirSync(join(dir, 'plans'))
  writeFileSync(join(dir, 'plans/good.md'), planMarkdown({ agent: 'claude', criteria: ['x'] }))
  return dir
}

/** The bundled CLI as a process, killed after 20 s: a read that waits forever fails the test instead of hanging it. */
function checkProcess(dir: string, paths: string[]) {
  const run = spawnSync(
    process.execPath,
    [cliPath, 'check', '--format', 'json', '--no-cache', ...paths],
    { cwd: dir, encoding: 'utf8', timeout: 20_000, env: { PATH: process.env.PATH ?? '' } }
  )
  expect(run.signal).toBeNull()
  return {
    code: run.status,
    documents: (JSON.parse(run.stdout) as { documents: CheckedDocument[] }).documents
  }
}

describe('paths that are not plain files or plain names', () => {
  test.each([[['plans/pipe.md']], [['plans/pipe.md', 'plans']]])(
    'a FIFO named on the command line (%j) gets a positioned file-unreadable message and a failing exit, never a wait',
    (paths) => {
      const dir = plansFolder()
      expect(spawnSync('mkfifo', [join(dir, 'plans/pipe.md')]).status).toBe(0)
      const { code, documents } = checkProcess(dir, paths)
      expect(code).toBe(1)
      const pipe = documents.find((document) => document.path === 'plans/pipe.md')
      expect(pipe?.messages).toEqual([
        expect.objectContaining({ line: 1, column: 1, ruleId: 'file-unreadable' })
      ])
      expect(pipe?.messages[0]?.reason).toContain('Expected a regular file, found a named pipe')
    }
  )

  test('a plan whose name is not valid UTF-8 is read, and its name shown safely', async () => {
    const dir = plansFolder()
    writeFileSync(
      Buffer.concat([Buffer.from(join(dir, 'plans/caf')), Buffer.from([0xe9]), Buffer.from('.md')]),
      planMarkdown({ agent: 'claude', criteria: ['x'] })
    )
    const { stdout } = await runCli(['check', '--cwd', dir, '--format', 'json', '--no-cache'])
    const documents = (JSON.parse(stdout) as { documents: CheckedDocument[] }).documents
    const latin1 = documents.find((document) => document.path === 'plans/caf\uFFFD.md')
    expect(latin1?.kind).toBe('plan')
    expect(latin1?.messages.map((message) => message.ruleId)).not.toContain('file-unreadable')
  })

  test('a report link to a#b?.md points at that file', () => {
    const link = documentLink('agents/performance/reports', 'plans/a#b?.md')
    expect(link).toBe('../../../plans/a%23b%3F.md')
    const base = 'https://github.com/o/r/blob/main/agents/performance/reports/report.md'
    expect(decodeURIComponent(new URL(link, base).pathname)).toBe('/o/r/blob/main/plans/a#b?.md')
  })
})
