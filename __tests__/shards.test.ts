import { readFileSync, renameSync, writeFileSync, appendFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { commitAll, git } from './helpers/git.js'
import { runCli } from './helpers/runCli.js'
import { copyOfExamples } from './helpers/copyOfExamples.js'

// Copies of the examples, git and whole runs: allow for a slow machine.
vi.setConfig({ testTimeout: 60_000 })

const plans = 'agents/performance/execution_plans'
const plan = `${plans}/2025-02-12_cursor-agent_image-cache-leak.md`

function committedExamples(): string {
  const dir = copyOfExamples('planmark-shards-')
  commitAll(dir, 'plans')
  return dir
}

async function shard(dir: string, index: number, count: number): Promise<string> {
  const file = join(dir, `shard-${index}.json`)
  const run = await runCli([
    'analyze',
    '--cwd',
    dir,
    '--no-cache',
    '--shard',
    `${index}/${count}`,
    '--shard-out',
    file
  ])
  expect(run.code).toBe(0)
  return file
}

const merge = (dir: string, ...files: string[]) =>
  runCli(['merge', ...files, '--cwd', dir, '--out', 'merged'])

type ShardJson = { files: Array<Record<string, unknown> & { parsed?: { document: object } }> }

function edit(file: string, change: (shard: ShardJson) => void) {
  const shard = JSON.parse(readFileSync(file, 'utf8')) as ShardJson
  change(shard)
  writeFileSync(file, JSON.stringify(shard))
}

describe('planmark merge takes only shards of one checkout', () => {
  test('shards of one commit merge', async () => {
    const dir = committedExamples()
    const files = [await shard(dir, 1, 2), await shard(dir, 2, 2)]
    expect((await merge(dir, ...files)).code).toBe(0)
  })

  test('a shard made after a commit that edits and renames a plan: exit 2 with the reason', async () => {
    const dir = committedExamples()
    const first = await shard(dir, 1, 2)
    appendFileSync(join(dir, plan), '\n- [ ] one more\n')
    renameSync(join(dir, plan), join(dir, `${plans}/renamed.md`))
    commitAll(dir, 'edit and rename')
    const second = await shard(dir, 2, 2)
    const run = await merge(dir, first, second)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('the shards were made from different commits, working trees')
  })

  test('a shard made after an uncommitted edit: exit 2', async () => {
    const dir = committedExamples()
    const first = await shard(dir, 1, 2)
    appendFileSync(join(dir, plan), '\n- [ ] one more\n')
    const second = await shard(dir, 2, 2)
    git(dir, ['checkout', '--', plan])
    expect((await merge(dir, first, second)).code).toBe(2)
  })

  test('a path in two shards: exit 2', async () => {
    const dir = committedExamples()
    const [first, second] = [await shard(dir, 1, 2), await shard(dir, 2, 2)]
    const other = JSON.parse(readFileSync(second, 'utf8')) as ShardJson
    edit(first, (shard) => shard.files.push(other.files[0] as ShardJson['files'][number]))
    const run = await merge(dir, first, second)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('is in more than one shard')
  })

  test.each<[string, (shard: ShardJson) => void]>([
    ['parsed a string', (shard) => ((shard.files[0] as { parsed: unknown }).parsed = 'x')],
    [
      'kind "evil"',
      (shard) => {
        const file = shard.files.find((entry) => entry.parsed)
        if (file?.parsed) file.parsed.document = { ...file.parsed.document, kind: 'evil' }
      }
    ],
    ['no files', (shard) => delete (shard as Partial<ShardJson>).files]
  ])('a malformed shard (%s): exit 2', async (_, change) => {
    const dir = committedExamples()
    const [first, second] = [await shard(dir, 1, 2), await shard(dir, 2, 2)]
    edit(first, change)
    const run = await merge(dir, first, second)
    expect(run.code).toBe(2)
    expect(run.stderr).toContain('shard 1: ')
  })
})
