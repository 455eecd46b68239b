import { spawnSync } from 'node:child_process'
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, test, vi } from 'vitest'
import { analyze } from '../src/pipeline/analyze.js'
import { checkFiles } from '../src/pipeline/checkFiles.js'
import { commitAll, git } from './helpers/git.js'

// git repositories and processes: allow for a slow machine.
vi.setConfig({ testTimeout: 60_000 })

const cliPath = new URL('../dist/cli.js', import.meta.url).pathname

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

/** `planmark check --format json` as a process, through bash for `ulimit`; the messages' rule ids by path. */
function checkProcess(dir: string, options: { shell?: string; env?: Record<string, string> } = {}) {
  const run = spawnSync(
    'bash',
    [
      '-c',
      `${options.shell ?? ''}\nexec "$0" "$1" check --format json --no-cache`,
      process.execPath,
      cliPath
    ],
    {
      cwd: dir,
      encoding: 'utf8',
      env: { PATH: process.env.PATH ?? '', NO_COLOR: '1', ...options.env },
      timeout: 60_000
    }
  )
  const report =
    run.status === 2
      ? undefined
      : (JSON.parse(run.stdout) as {
          documents: Array<{ path: string; messages: Array<{ ruleId: string }> }>
        })
  return { code: run.status, stderr: run.stderr, report }
}

describe('prompt history is read in one bounded pass, and a failure is not an empty history', () => {
  test('300 prompts under ulimit -n 64: every unbumped edit is found', () => {
    const dir = mkdtempSync(join(tmpdir(), 'planmark-prompts-many-'))
    mkdirSync(join(dir, 'agents/prompts'), { recursive: true })
    const count = 300
    for (const text of ['Reproduce first.', 'Reproduce first, then test.']) {
      for (let index = 0; index < count; index++)
        writeFileSync(join(dir, `agents/prompts/p${index}.md`), prompt('1', `${text} ${index}`))
      commitAll(dir, text)
    }
    const { code, report, stderr } = checkProcess(dir, { shell: 'ulimit -n 64' })
    expect(stderr).not.toMatch(/EMFILE|Error/)
    expect(code).toBe(0)
    const unbumped = (report?.documents ?? []).filter((document) =>
      document.messages.some((message) => message.ruleId === 'prompt-version-unbumped')
    )
    expect(unbumped).toHaveLength(count)
  })

  test('a git that fails to read the log is an error (exit 2), not an empty history', () => {
    const dir = repositoryWith([
      ['1', 'Reproduce first.'],
      ['1', 'Reproduce first, then test.']
    ])
    const bin = mkdtempSync(join(tmpdir(), 'planmark-failing-git-'))
    const real = spawnSync('bash', ['-c', 'command -v git'], { encoding: 'utf8' }).stdout.trim()
    writeFileSync(
      join(bin, 'git'),
      `#!/usr/bin/env bash\nfor arg in "$@"; do [ "$arg" = log ] && { echo 'fatal: simulated failure' >&2; exit 128; }; done\nexec ${real} "$@"\n`
    )
    chmodSync(join(bin, 'git'), 0o755)
    const { code, stderr } = checkProcess(dir, {
      env: { PATH: `${bin}:${process.env.PATH ?? ''}` }
    })
    expect(code).toBe(2)
    expect(stderr).toContain('simulated failure')
    expect(stderr).toContain("the prompts' history could not be read")
  })

  test('a prompt named *.md does not take the other prompts\u2019 history', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'planmark-prompts-glob-'))
    mkdirSync(join(dir, 'agents/prompts'), { recursive: true })
    writeFileSync(join(dir, 'agents/prompts/*.md'), prompt('1', 'Star.'))
    writeFileSync(join(dir, 'agents/prompts/other.md'), prompt('1', 'Other.'))
    commitAll(dir, 'first')
    writeFileSync(join(dir, 'agents/prompts/other.md'), prompt('1', 'Other, edited.'))
    commitAll(dir, 'second')
    const { files } = await checkFiles([], { cwd: dir })
    const flagged = files
      .filter(({ file }) =>
        file.messages.some((message) => message.ruleId === 'prompt-version-unbumped')
      )
      .map(({ file }) => file.path)
    expect(flagged).toEqual(['agents/prompts/other.md'])
  })

  test('GIT_DIR and GIT_WORK_TREE from a hook do not override the folder checked', async () => {
    const dir = repositoryWith([
      ['1', 'Reproduce first.'],
      ['1', 'Reproduce first, then test.']
    ])
    const other = repositoryWith([['1', 'Reproduce first.']])
    const saved = { ...process.env }
    try {
      Object.assign(process.env, {
        GIT_DIR: join(other, '.git'),
        GIT_WORK_TREE: other,
        GIT_INDEX_FILE: join(other, '.git/index')
      })
      expect((await promptMessages(dir)).map(([ruleId]) => ruleId)).toEqual([
        'prompt-version-unbumped'
      ])
      const { analytics } = await analyze([], { cwd: dir })
      delete process.env.GIT_DIR
      delete process.env.GIT_WORK_TREE
      delete process.env.GIT_INDEX_FILE
      expect(analytics.plans.source.commit).toBe(git(dir, ['rev-parse', 'HEAD']).trim())
    } finally {
      for (const name of ['GIT_DIR', 'GIT_WORK_TREE', 'GIT_INDEX_FILE']) {
        if (saved[name] === undefined) delete process.env[name]
        else process.env[name] = saved[name]
      }
    }
  })

  test('a shallow clone says the history is missing instead of dropping the rule silently', async () => {
    const origin = repositoryWith([
      ['1', 'Reproduce first.'],
      ['1', 'Reproduce first, then test.']
    ])
    const clone = join(mkdtempSync(join(tmpdir(), 'planmark-shallow-')), 'clone')
    git(origin, ['clone', '-q', '--depth', '1', `file://${origin}`, clone])
    const notices: string[] = []
    await checkFiles([], { cwd: clone, onNotice: (message) => notices.push(message) })
    expect(notices).toEqual([expect.stringContaining('this is a shallow clone')])
    expect(notices[0]).toContain('prompt-version-unbumped could not be checked')
  })
})
