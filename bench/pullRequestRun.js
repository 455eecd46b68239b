// The benchmark's pull-request run: the bundled Action in comment mode, as a
// runner starts it (INPUT_* variables, a pull_request payload, a fresh
// RUNNER_TEMP), on a generated repository whose branch ticks one box of one
// plan. Cold: no cache service. Restored: a local cache service
// (__tests__/helpers/cacheService.js, the protocol @actions/cache speaks)
// holds the entry a check of the base branch saved, as on GitHub after a
// push to main.
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { git } from './git.js'

const action = fileURLToPath(new URL('../dist/index.js', import.meta.url))

/** Preloaded into the measured process: it reports its own peak RSS (worker threads included) as it exits. */
export const reportPeak = `data:text/javascript,${encodeURIComponent("process.on('exit', () => process.stderr.write('\\nplanmark-bench-peak-kb ' + process.resourceUsage().maxRSS + '\\n'))")}`

/**
 * Turns a committed repository into a pull request: `main` where it is, and
 * `feature` one commit ahead, ticking the first open box of one plan.
 * Returns the two commits and the plan changed.
 */
export function openPullRequest(dir, paths) {
  git(dir, ['branch', '-M', 'main'])
  const base = git(dir, ['rev-parse', 'HEAD'])
  const plan = paths.find(
    (path) => path.includes('plan') && readFileSync(join(dir, path), 'utf8').includes('- [ ]')
  )
  if (!plan) throw new Error('the generated repository has no plan with an open box')
  git(dir, ['checkout', '-q', '-b', 'feature'])
  const text = readFileSync(join(dir, plan), 'utf8')
  writeFileSync(join(dir, plan), text.replace('- [ ]', '- [x]'))
  git(dir, ['commit', '-q', '-am', 'tick one box'])
  return { base, head: git(dir, ['rev-parse', 'HEAD']), plan }
}

/** The webhook payload of a pull request from `feature` into `main` of one repository. */
function pullRequestPayload(base, head) {
  const repo = { full_name: 'bench/plans', name: 'plans', owner: { login: 'bench' } }
  return {
    action: 'synchronize',
    number: 1,
    pull_request: {
      number: 1,
      base: { ref: 'main', sha: base, repo },
      head: { ref: 'feature', sha: head, repo }
    },
    repository: repo,
    sender: { login: 'bench' }
  }
}

/**
 * Runs the bundled Action once in `dir`, asynchronously (a cache service in
 * this process must be able to answer it), with an empty RUNNER_TEMP at the
 * same path each time, as every job on a runner gets (the cache service's
 * entries are for one absolute cache path); `event`
 * is `pull_request` (comment mode, the comment written to a file, no token)
 * or `push` (check mode, as a run on main). Resolves wall seconds, peak RSS
 * in MB and the job summary.
 */
export function runAction(dir, { event, sha, base, env = {} }) {
  const temp = join(tmpdir(), 'planmark-bench-runner')
  rmSync(temp, { recursive: true, force: true })
  mkdirSync(temp)
  const eventPath = join(temp, 'event.json')
  writeFileSync(
    eventPath,
    JSON.stringify(event === 'pull_request' ? pullRequestPayload(base, sha) : { after: sha })
  )
  for (const name of ['output', 'summary']) writeFileSync(join(temp, name), '')
  const variables = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? temp,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: dir,
    GITHUB_REPOSITORY: 'bench/plans',
    GITHUB_EVENT_NAME: event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_SHA: sha,
    GITHUB_REF: event === 'pull_request' ? 'refs/pull/1/merge' : 'refs/heads/main',
    GITHUB_OUTPUT: join(temp, 'output'),
    GITHUB_STEP_SUMMARY: join(temp, 'summary'),
    RUNNER_TEMP: temp,
    INPUT_MODE: event === 'pull_request' ? 'comment' : 'check',
    'INPUT_COMMENT-FILE': event === 'pull_request' ? join(temp, 'comment.json') : '',
    'INPUT_FAIL-ON': 'never',
    ...env
  }
  return new Promise((resolve, reject) => {
    const start = process.hrtime.bigint()
    const child = spawn(process.execPath, ['--import', reportPeak, action], {
      cwd: dir,
      env: variables,
      stdio: ['ignore', 'pipe', 'pipe']
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk) => (stdout += chunk))
    child.stderr.on('data', (chunk) => (stderr += chunk))
    child.on('error', reject)
    child.on('close', (code) => {
      const seconds = Number(process.hrtime.bigint() - start) / 1e9
      const summary = readFileSync(join(temp, 'summary'), 'utf8')
      rmSync(temp, { recursive: true, force: true })
      if (code !== 0) return reject(new Error(`the Action failed (${code}): ${stdout}${stderr}`))
      const peakKb = Number(/planmark-bench-peak-kb (\d+)/.exec(stderr)?.[1])
      resolve({ seconds, peakMb: peakKb / 1024, log: stdout, summary })
    })
  })
}
