import { afterAll, beforeAll, describe, expect, test, vi } from 'vitest'
import { githubApi } from '../src/adapters/githubApi.js'
import { CommitError, commitBack } from '../src/pipeline/commitBack.js'
import { git } from './helpers/git.js'
import { fullName, GitHubScenario } from './helpers/githubScenario.js'

// Processes, git repositories, servers or many generated runs: allow for a slow machine.
vi.setConfig({ testTimeout: 60_000 })

const [owner = '', repo = ''] = fullName.split('/')
let github: GitHubScenario
const previousApiUrl = process.env.GITHUB_API_URL

beforeAll(async () => {
  github = await new GitHubScenario().start()
  process.env.GITHUB_API_URL = github.server.url
})
afterAll(async () => {
  await github.server.close()
  if (previousApiUrl === undefined) delete process.env.GITHUB_API_URL
  else process.env.GITHUB_API_URL = previousApiUrl
})

const files = (content: string) => async () => [{ path: 'out/report.md', content }]
const runMarker = 'https://github.com/Codertocat/Hello-World/actions/runs/7/attempts/1'

describe('commitBack on a real repository with a bare remote', () => {
  test('never commits a file outside the output folders', async () => {
    const root = github.checkout('main')
    await expect(
      commitBack({
        root,
        branch: 'main',
        generate: async () => [{ path: 'README.md', content: 'x' }],
        regenerateOnMove: false,
        allowedDirs: ['out'],
        headline: 'planmark: test',
        runMarker
      })
    ).rejects.toThrow('Refusing to commit README.md: it is outside out.')
  })

  test('pushes with git (no API), then finds nothing to commit', async () => {
    const root = github.checkout('main')
    const before = github.server.head('main')
    const options = {
      root,
      branch: 'main',
      generate: files('one\n'),
      regenerateOnMove: false,
      allowedDirs: ['out'],
      headline: 'planmark: test',
      runMarker
    }
    const first = await commitBack(options)
    expect(first).toMatchObject({ changed: true, changedPaths: ['out/report.md'], attempts: 1 })
    expect(github.server.head('main')).toBe(first.commit)
    expect(git(github.bare, ['rev-parse', `${first.commit ?? ''}^`]).trim()).toBe(before)
    expect(git(github.bare, ['show', 'main:out/report.md'])).toBe('one\n')
    const again = await commitBack({ ...options, root: github.checkout('main') })
    expect(again).toMatchObject({ changed: false, attempts: 0 })
  })

  test('a rerun that finds its earlier attempt’s identical commit reports that it did nothing', async () => {
    const root = github.checkout('main')
    const checkedOut = github.server.head('main')
    const options = {
      root,
      branch: 'main',
      checkedOut,
      generate: files(`rerun ${Math.random()}\n`),
      regenerateOnMove: true,
      allowedDirs: ['out'],
      headline: 'planmark: test',
      api: githubApi('ghs_test', { owner, repo })
    }
    const first = await commitBack({ ...options, runMarker })
    expect(first).toMatchObject({ changed: true, attempts: 1 })
    expect(git(github.bare, ['log', '-1', '--format=%b', 'main'])).toContain(runMarker)
    // The rerun starts from the same checkout: its commit is stale, and the head already holds the files.
    const rerun = await commitBack({ ...options, runMarker: runMarker.replace(/1$/, '2') })
    expect(rerun).toMatchObject({ changed: false, changedPaths: [] })
    expect(rerun.commit).toBeUndefined()
    expect(github.server.head('main')).toBe(first.commit)
  })

  test('gives up with a clear message when the branch keeps moving past the budget', async () => {
    const root = github.checkout('main')
    github.server.beforeCommit = (branch) => {
      github.push(branch, { 'moving.txt': String(Math.random()) })
    }
    try {
      const failure = await commitBack({
        root,
        branch: 'main',
        generate: files(`${Math.random()}\n`),
        regenerateOnMove: false,
        allowedDirs: ['out'],
        headline: 'planmark: test',
        runMarker,
        api: githubApi('ghs_test', { owner, repo }),
        budgetMs: 1_500
      }).catch((error: unknown) => error)
      expect(failure).toBeInstanceOf(CommitError)
      expect((failure as Error).message).toMatch(/^main kept moving: gave up after \d+ attempts/)
    } finally {
      github.server.beforeCommit = undefined
    }
  })
})
