import { spawnSync } from 'node:child_process'
import { appendFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, test } from 'vitest'
import { generateRepository } from '../bench/generateRepository.js'
import { commitAll } from './helpers/git.js'

const root = new URL('..', import.meta.url).pathname
const cli = join(root, 'dist/cli.js')

/** Runs the bundled CLI (the one with the worker script beside it) in `cwd`. */
function planmark(cwd: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8' })
  if (result.status !== 0) throw new Error(`planmark ${args.join(' ')}: ${result.stderr}`)
  return result
}

/** The bytes of every file `analyze --out <out>` wrote, by name (the report included). */
function outputs(cwd: string, out: string): Record<string, string> {
  const files: Record<string, string> = Object.fromEntries(
    readdirSync(join(cwd, out)).map((name) => [name, readFileSync(join(cwd, out, name), 'utf8')])
  )
  files['report.md'] = readFileSync(join(cwd, 'agents/performance/reports/report.md'), 'utf8')
  return files
}

/** A fresh analysis of the current state, no cache, no workers: the reference. */
function reference(cwd: string): Record<string, string> {
  planmark(cwd, 'analyze', '--no-cache', '--workers', '0', '--out', 'reference', '--json')
  return outputs(cwd, 'reference')
}

describe('the cache, workers and shards never change a result', () => {
  let repo: string
  beforeAll(() => {
    repo = mkdtempSync(join(tmpdir(), 'planmark-incremental-'))
    generateRepository(repo, 160, 9)
    commitAll(repo, 'plans')
  }, 60_000)

  test('cold, warm and worker runs are byte-identical to the reference', () => {
    const expected = reference(repo)
    planmark(repo, 'analyze', '--workers', '2', '--out', 'cold', '--json')
    expect(outputs(repo, 'cold')).toEqual(expected)
    const warm = planmark(repo, 'analyze', '--workers', '2', '--out', 'cold', '--json')
    expect(
      JSON.parse(warm.stdout).outputs.every((output: { changed: boolean }) => !output.changed)
    ).toBe(true)
    expect(outputs(repo, 'cold')).toEqual(expected)
  }, 120_000)

  test('after a change, the warm run equals a fresh one', () => {
    planmark(repo, 'analyze', '--out', 'warm', '--json')
    appendFileSync(
      join(repo, 'agents/performance/execution_plans/plan-000003.md'),
      '\n- [ ] one more unchecked step\n'
    )
    writeFileSync(
      join(repo, 'agents/performance/execution_plans/plan-new.md'),
      readFileSync(join(repo, 'agents/performance/execution_plans/plan-000001.md'), 'utf8')
    )
    planmark(repo, 'analyze', '--out', 'warm', '--json')
    expect(outputs(repo, 'warm')).toEqual(reference(repo))
  }, 120_000)

  test('a corrupt, truncated or foreign cache is ignored with a notice', () => {
    const expected = reference(repo)
    const cacheFile = join(repo, '.planmark-cache/documents.json')
    planmark(repo, 'analyze', '--out', 'again', '--json')
    const good = readFileSync(cacheFile, 'utf8')
    writeFileSync(cacheFile, good.slice(0, Math.floor(good.length / 2)))
    const truncated = planmark(repo, 'analyze', '--out', 'again', '--json')
    expect(truncated.stderr).toContain('ignoring the cache')
    expect(truncated.stderr).toContain('it is corrupt')
    expect(outputs(repo, 'again')).toEqual(expected)
    writeFileSync(cacheFile, good.replace(/"stamp":"[0-9a-f]+"/, '"stamp":"0000"'))
    const foreign = planmark(repo, 'analyze', '--out', 'again', '--json')
    expect(foreign.stderr).toContain('written by another planmark build or configuration')
    expect(outputs(repo, 'again')).toEqual(expected)
    writeFileSync(cacheFile, good.replace(/"messages":\[/, '"messages":7,"x":['))
    expect(planmark(repo, 'analyze', '--out', 'again', '--json').stderr).toContain(
      'dropped 1 malformed entry'
    )
    expect(outputs(repo, 'again')).toEqual(expected)
  }, 120_000)

  test('three shards merged equal the unsharded run', () => {
    const expected = reference(repo)
    const shards = [1, 2, 3].map((index) => {
      const file = join(repo, `shard-${index}.json`)
      planmark(repo, 'analyze', '--shard', `${index}/3`, '--shard-out', file, '--no-cache')
      return file
    })
    planmark(repo, 'merge', ...shards.reverse(), '--out', 'merged')
    expect(outputs(repo, 'merged')).toEqual(expected)
    const missing = spawnSync(
      process.execPath,
      [cli, 'merge', shards[0] as string, shards[1] as string],
      { cwd: repo, encoding: 'utf8' }
    )
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('expected the shards 1 to 3 of one run, each once')
  }, 120_000)
})
