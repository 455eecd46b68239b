import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { gitSource } from '../src/adapters/gitSource.js'
import { git } from './helpers/git.js'

/**
 * A repository whose first commit adds `plan.md`, followed by `later`
 * commits that each change only `NOTES.txt`, written in one `git fast-import`.
 */
function deepHistory(later: number): string {
  const dir = mkdtempSync(join(tmpdir(), 'planmark-source-'))
  git(dir, ['init', '-q', '-b', 'main'])
  const commit = (mark: number, seconds: number, path: string, text: string) =>
    [
      'commit refs/heads/main',
      `mark :${mark}`,
      `committer planmark tests <tests@planmark.invalid> ${seconds} +0000`,
      'data 0',
      ...(mark > 1 ? [`from :${mark - 1}`] : []),
      `M 100644 inline ${path}`,
      `data ${Buffer.byteLength(text)}`,
      text,
      ''
    ].join('\n')
  const stream = [commit(1, 1_700_000_000, 'plan.md', '# Plan\n')]
  for (let index = 1; index <= later; index++)
    stream.push(commit(index + 1, 1_700_000_000 + index * 60, 'NOTES.txt', `note ${index}\n`))
  execFileSync('git', ['fast-import', '--quiet'], { cwd: dir, input: stream.join('\n') })
  git(dir, ['checkout', '-q', 'main'])
  return dir
}

const isInput = (path: string) => path.endsWith('.md')

test('the source is the last commit that changed an input, however many commits since changed none', async () => {
  const dir = deepHistory(1_200)
  const first = git(dir, ['rev-list', '--max-parents=0', 'HEAD']).trim()
  expect(await gitSource(dir, isInput)).toEqual({ commit: first, date: '2023-11-14T22:13:20Z' })
  expect(await gitSource(dir, (path) => path === 'NOTES.txt')).toEqual({
    commit: git(dir, ['rev-parse', 'HEAD']).trim(),
    date: '2023-11-15T18:13:20Z'
  })
})

test('no commit that changed an input, or no repository, gives no source', async () => {
  expect(await gitSource(deepHistory(3), () => false)).toEqual({ commit: null, date: null })
  expect(await gitSource(mkdtempSync(join(tmpdir(), 'planmark-no-git-')), isInput)).toEqual({
    commit: null,
    date: null
  })
})
