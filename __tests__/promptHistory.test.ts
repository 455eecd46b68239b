import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { analyze } from '../src/pipeline/analyze.js'
import { checkFiles } from '../src/pipeline/checkFiles.js'
import { commitAll } from './helpers/git.js'

const prompt = (version: string, text: string) =>
  `---\nid: triage\nversion: ${version}\ntype: task\ncategories: [debugging]\n---\n\n# Triage\n\n${text}\n`

/** A temporary git repository whose prompt file goes through `states`, one commit each. */
function repositoryWith(states: Array<[string, string]>): string {
  const dir = mkdtempSync(join(tmpdir(), 'planmark-prompts-'))
  mkdirSync(join(dir, 'agents/prompts'), { recursive: true })
  states.forEach(([version, text], index) => {
    writeFileSync(join(dir, 'agents/prompts/triage.md'), prompt(version, text))
    commitAll(dir, `state ${index}`)
  })
  return dir
}

async function promptMessages(dir: string) {
  const { files } = await checkFiles([], { cwd: dir })
  return files.flatMap(({ file }) =>
    file.messages.map((message) => [message.ruleId, message.line, message.reason])
  )
}

describe('prompt-version-unbumped (git is the prompts\u2019 version store)', () => {
  test('fires when the text changed in a commit that kept the version', async () => {
    const dir = repositoryWith([
      ['1', 'Reproduce first.'],
      ['2', 'Reproduce first, then test.'],
      ['2', 'Reproduce first, then write a failing test.']
    ])
    const messages = await promptMessages(dir)
    expect(messages).toHaveLength(1)
    expect(messages[0]?.[0]).toBe('prompt-version-unbumped')
    expect(messages[0]?.[1]).toBe(3)
    expect(String(messages[0]?.[2])).toMatch(
      /^Expected a new version when the prompt text changes, found version 2 kept by commit [0-9a-f]{12}$/
    )
  })

  test('fires for an uncommitted edit that kept the version', async () => {
    const dir = repositoryWith([['1', 'Reproduce first.']])
    writeFileSync(join(dir, 'agents/prompts/triage.md'), prompt('1', 'Edited in place.'))
    expect(await promptMessages(dir)).toEqual([
      [
        'prompt-version-unbumped',
        3,
        'Expected a new version when the prompt text changes, found version 1 kept by the working tree'
      ]
    ])
  })

  test('does not fire when every change of text bumped the version', async () => {
    const dir = repositoryWith([
      ['1', 'Reproduce first.'],
      ['2', 'Reproduce first, then test.']
    ])
    expect(await promptMessages(dir)).toEqual([])
  })

  test('versions from the history are known, each tracked by its blobs', async () => {
    const dir = repositoryWith([
      ['1', 'Reproduce first.'],
      ['2', 'Reproduce first, then test.']
    ])
    const { analytics } = await analyze([], { cwd: dir })
    const [triage] = analytics.promptEffectiveness.prompts
    expect(
      triage?.versions.map((version) => [version.version, version.known, version.blobIds.length])
    ).toEqual([
      ['1', true, 1],
      ['2', true, 1]
    ])
  })
})
