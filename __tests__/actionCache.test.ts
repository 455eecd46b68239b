import {
  appendFileSync,
  cpSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync
} from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest'
import { startCacheService, type CacheService } from './helpers/cacheService.js'
import { git } from './helpers/git.js'
import { runAction, type ActionRun } from './helpers/runAction.js'

// Processes, git repositories and a server, and the library's own retry delays.
vi.setConfig({ testTimeout: 120_000 })

const root = new URL('..', import.meta.url).pathname

let service: CacheService
let workspace: string
let runnerTemp: string

beforeEach(async () => {
  service = await startCacheService()
  workspace = mkdtempSync(join(tmpdir(), 'planmark-cache-workspace-'))
  // One RUNNER_TEMP path for every run, as on a runner: the cache's version hashes the path.
  runnerTemp = mkdtempSync(join(tmpdir(), 'planmark-cache-runner-'))
  cpSync(join(root, 'examples'), workspace, { recursive: true })
  commit('the examples')
})

afterEach(async () => {
  await service.close()
  rmSync(workspace, { recursive: true, force: true })
  rmSync(runnerTemp, { recursive: true, force: true })
})

function commit(message: string): string {
  git(workspace, ['-c', 'init.defaultBranch=main', 'init', '-q'])
  git(workspace, ['add', '-A'])
  git(workspace, ['-c', 'commit.gpgsign=false', 'commit', '-q', '--allow-empty', '-m', message])
  return git(workspace, ['rev-parse', 'HEAD']).trim()
}

/** Runs the Action in check mode as a new job: an empty RUNNER_TEMP, the service's variables unless `env` replaces them. */
async function job(env: Record<string, string> = service.env, inputs: Record<string, string> = {}) {
  rmSync(runnerTemp, { recursive: true, force: true })
  mkdirSync(runnerTemp)
  const sha = git(workspace, ['rev-parse', 'HEAD']).trim()
  return runAction({
    workspace,
    inputs: { mode: 'check', ...inputs },
    env: { ...env, RUNNER_TEMP: runnerTemp, GITHUB_SHA: sha }
  })
}

/** Changes one document of the examples. */
function editOnePlan(): void {
  appendFileSync(
    join(workspace, 'agents/performance/execution_plans/2025-02-20_copilot-agent_ci-deadlock.md'),
    '\n- [x] one more step\n'
  )
}

/** The job summary's cache line. */
function cacheLine(run: ActionRun): string {
  return run.summary.split('\n').find((line) => line.startsWith('**Cache:**')) ?? ''
}

/** The key a run saved its entry under. */
function savedKey(run: ActionRun): string {
  const key = /saved as `([^`]+)`/.exec(cacheLine(run))?.[1]
  if (!key) throw new Error(`no entry saved: ${cacheLine(run)}\n${run.stdout}`)
  return key
}

/** The annotations and notices a run wrote (the library's log lines aside). */
function annotations(run: ActionRun): string[] {
  return run.stdout.split('\n').filter((line) => /^::(error|warning|notice)[ :]/.test(line))
}

const documents = 42 // examples/: every document, all parsed on a cold run

describe('the Action keeps its document cache in GitHub’s cache service', () => {
  test('the first job saves an entry; the next on the same commit restores it and parses nothing', async () => {
    const sha = git(workspace, ['rev-parse', 'HEAD']).trim()
    const cold = await job()
    expect(cold.status).toBe(0)
    const key = savedKey(cold)
    expect(key).toMatch(new RegExp(`^planmark-[0-9a-f]{40}-${sha}$`))
    expect(cacheLine(cold)).toContain(
      `no entry to restore; 0 documents reused, ${documents} parsed`
    )
    expect(service.entries.get(key)?.finalized).toBe(true)

    const warm = await job()
    expect(warm.status).toBe(0)
    expect(cacheLine(warm)).toBe(
      `**Cache:** restored \`${key}\`; ${documents} documents reused, 0 parsed; not saved (this commit has an entry).`
    )
    expect(warm.outputs).toEqual(cold.outputs)
    expect(warm.summary.replace(cacheLine(warm), '')).toBe(
      cold.summary.replace(cacheLine(cold), '')
    )
    expect(annotations(warm)).toEqual(annotations(cold))
    expect(service.requests.map((request) => `${request.operation} ${request.status}`)).toEqual([
      'GetCacheEntryDownloadURL 200',
      'CreateCacheEntry 200',
      'upload 201',
      'FinalizeCacheEntryUpload 200',
      'GetCacheEntryDownloadURL 200',
      'download 200'
    ])
    expect(service.protocolErrors).toEqual([])
  })

  test('a later commit restores the earlier commit’s entry, parses only what changed, and saves its own', async () => {
    const first = savedKey(await job())
    editOnePlan()
    const sha = commit('one plan edited')
    const later = await job()
    expect(later.status).toBe(0)
    expect(cacheLine(later)).toContain(
      `restored \`${first}\` (an earlier commit's); ${documents - 1} documents reused, 1 parsed; saved as \`${first.replace(/[0-9a-f]{40}$/, sha)}\``
    )
    const request = service.requests.findLast(
      (candidate) => candidate.operation === 'GetCacheEntryDownloadURL'
    )
    expect(request?.body).toMatchObject({
      key: first.replace(/[0-9a-f]{40}$/, sha),
      restore_keys: [first.replace(/[0-9a-f]{40}$/, '')]
    })
    expect(service.protocolErrors).toEqual([])
  })

  test('a corrupt or truncated archive is a warning and a cold run', async () => {
    const key = savedKey(await job())
    const entry = service.entries.get(key)
    if (!entry?.archive) throw new Error('no archive')
    const whole = entry.archive
    for (const archive of [Buffer.from('not an archive'), whole.subarray(0, whole.length >> 1)]) {
      entry.archive = archive
      const run = await job()
      expect(run.status).toBe(0)
      expect(run.stdout).toContain('::warning::Failed to restore')
      expect(cacheLine(run)).toContain(`0 documents reused, ${documents} parsed`)
    }
    expect(service.protocolErrors).toEqual([])
  })

  test('an entry of another configuration is not restored, and one whose content is foreign is ignored', async () => {
    const before = savedKey(await job())
    const configPath = join(workspace, 'planmark.config.json')
    const config = JSON.parse(readFileSync(configPath, 'utf8')) as Record<string, unknown>
    writeFileSync(configPath, JSON.stringify({ ...config, maxFileBytes: 999_999 }))
    commit('another configuration')
    const other = await job()
    expect(cacheLine(other)).toContain(`no entry to restore; 0 documents reused`)
    const key = savedKey(other)
    expect(key.slice(0, 49)).not.toBe(before.slice(0, 49))

    // The other configuration's key, holding the first configuration's documents.
    const entry = service.entries.get(key)
    const foreign = service.entries.get(before)?.archive
    if (!entry || !foreign) throw new Error('entries missing')
    entry.archive = foreign
    const run = await job()
    expect(run.status).toBe(other.status)
    expect(run.stdout).toContain('written by another planmark build or configuration')
    expect(cacheLine(run)).toContain(`restored \`${key}\`; 0 documents reused`)
    expect(run.outputs).toEqual(other.outputs)
    expect(service.protocolErrors).toEqual([])
  })

  test('with no cache service the run is cold, with one notice', async () => {
    const onlyUrl = { ...service.env }
    delete onlyUrl.ACTIONS_CACHE_SERVICE_V2
    for (const env of [
      {}, // outside GitHub Actions
      onlyUrl, // a results service without the cache flag, and no legacy ACTIONS_CACHE_URL
      { ...service.env, GITHUB_SERVER_URL: 'https://github.example.invalid' } // GHES: legacy service only
    ]) {
      const run = await job(env)
      expect(run.status).toBe(0)
      expect(
        run.stdout.match(/::notice::planmark: this runner has no cache service/g)
      ).toHaveLength(1)
      expect(cacheLine(run)).toBe('')
    }
    expect(service.requests).toEqual([])
  })

  test('the input cache: off leaves the service alone; a value other than on or off is refused', async () => {
    const off = await job(service.env, { cache: 'off' })
    expect(off.status).toBe(0)
    expect(cacheLine(off)).toBe('')
    expect(service.requests).toEqual([])
    const unknown = await job(service.env, { cache: 'sometimes' })
    expect(unknown.status).toBe(1)
    expect(unknown.stdout).toContain('::error::Input cache must be on or off; found "sometimes".')
  })

  test('the stand-in service refuses requests the library would not send', async () => {
    const url = new URL(
      '/twirp/github.actions.results.api.v1.CacheService/CreateCacheEntry',
      service.env.ACTIONS_RESULTS_URL
    )
    const version = 'a'.repeat(64)
    const post = (body: unknown, headers: Record<string, string> = {}) =>
      fetch(url, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          authorization: `Bearer ${service.env.ACTIONS_RUNTIME_TOKEN}`,
          ...headers
        },
        body: JSON.stringify(body)
      })
    expect((await post({ key: 'k', version, scope: 'main' })).status).toBe(400)
    expect((await post({ key: 'k', version }, { authorization: 'Bearer wrong' })).status).toBe(401)
    expect((await post({ key: 'k', version }, { 'content-type': 'text/plain' })).status).toBe(415)
    expect(service.protocolErrors).toHaveLength(3)
    expect(service.protocolErrors[0]).toContain('scope')
    const created = await post({ key: 'k', version })
    expect(created.status).toBe(200)
    const { signed_upload_url: upload } = (await created.json()) as { signed_upload_url: string }
    expect(
      (await fetch(upload.replace(/sig=[^&]+/, 'sig=forged'), { method: 'PUT', body: 'x' })).status
    ).toBe(403)
    expect(service.protocolErrors).toHaveLength(4)
  })

  test('a failing or unreachable service, or a key another job saved, never fails the run', async () => {
    // The archive's download fails (the library tries twice, 5 s apart); the save is refused as taken.
    const key = savedKey(await job())
    service.failures.download = { status: 500 }
    editOnePlan()
    const failing = await job()
    expect(failing.status).toBe(0)
    expect(failing.stdout).toContain('::warning::Failed to restore')
    expect(cacheLine(failing)).toContain(
      `no entry to restore; 0 documents reused, ${documents} parsed; not saved (the cache service did not take it`
    )
    expect(service.requests.at(-1)).toMatchObject({ operation: 'CreateCacheEntry', status: 409 })
    expect(service.entries.get(key)?.finalized).toBe(true)

    // A service error once is retried (3 s later) and the entry is saved.
    delete service.failures.download
    service.failures.CreateCacheEntry = { status: 500, times: 1 }
    commit('one plan edited')
    const retried = await job()
    expect(cacheLine(retried)).toContain(`${documents - 1} documents reused, 1 parsed; saved as`)

    const closed = await startCacheService()
    await closed.close()
    const unreachable = await job(closed.env)
    expect(unreachable.status).toBe(0)
    expect(unreachable.stdout).toContain('::warning::Failed to restore')
    expect(cacheLine(unreachable)).toContain('no entry to restore; 0 documents reused')
    expect(cacheLine(unreachable)).toContain('not saved (the cache service did not take it')
    expect(service.protocolErrors).toEqual([])
  })
})
