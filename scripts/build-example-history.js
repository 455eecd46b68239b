// Replays examples/ as a dated git history, then writes every example output
// from it with the bundled CLI: the analytics, the report and the weekly
// reports. The outputs depend on this history alone, never on the history of
// the repository examples/ lives in.
//
//   node scripts/build-example-history.js [--out DIR]   (default: examples)
//
// Each plan is committed "in progress" (boxes unticked, no times yet) at its
// start time and in its final form when its last phase ended (or after its
// stated or estimated minutes); analyses, reviews, prompts and the rest on
// their own dates. Authors, dates and contents are fixed, so the commits, and
// the outputs, are the same on every machine. A few plans carry the git
// evidence planmark reads (docs/metrics.md, Evidence):
//   - search-index-rebuild names no agent; its commits carry Claude Code's
//     co-author trailer;
//   - dependency-upgrade names no agent; its commits are authored by the
//     Copilot coding agent's bot account;
//   - dark-mode-toggle is reverted two days after it was completed, and
//     reapplied later;
//   - performance-system is committed as completed at 21:30 while it says
//     its last phase ended at 23:15, and claims 120 minutes for 15.
import { execFileSync } from 'node:child_process'
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const examples = join(root, 'examples')
const outIndex = process.argv.indexOf('--out')
const out = outIndex > 0 ? process.argv[outIndex + 1] : examples
const weeks = ['2025-W05', '2025-W06', '2025-W07', '2025-W08', '2025-W09', '2025-W10']
const outputs = ['agents/performance/metrics', 'agents/performance/reports']
/** What each output file is, relative to examples/: the analytics and the report analyze writes. */
const analyzed = [
  'agents/performance/metrics/current/plans.json',
  'agents/performance/metrics/current/agent_performance.json',
  'agents/performance/metrics/current/task_analytics.json',
  'agents/performance/metrics/current/prompt_effectiveness.json',
  'agents/performance/reports/report.md'
]
const examplesAuthor = { name: 'planmark examples', email: 'examples@planmark.invalid' }
/** The plans whose history carries evidence beyond their text (see the top of this file). */
const special = {
  'search-index-rebuild': { trailers: ['Co-authored-by: Claude <noreply@anthropic.com>'] },
  'dependency-upgrade': {
    author: {
      name: 'copilot-swe-agent[bot]',
      email: '198982749+Copilot@users.noreply.github.com'
    }
  },
  'dark-mode-toggle': { revertAfterDays: 2, reapplyAfterDays: 5 },
  'performance-system': { completedAt: '2025-01-30T21:30:00Z' }
}

/** Every input file of examples/ that git tracks (so caches and local files never leak in), relative to it. */
function inputs() {
  return execFileSync('git', ['ls-files', '-z', '--', '.'], { cwd: examples, encoding: 'utf8' })
    .split('\0')
    .filter(
      (name) => name && !outputs.some((output) => name === output || name.startsWith(`${output}/`))
    )
    .sort()
}

/** The date a file enters the history: its plan start (with its time when stated), review date or a fixed early date. */
function dateOf(name, text) {
  const stated =
    /\*\*(?:Start Time|Review Date):?\*\*:?\s*(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}))?/.exec(
      text
    ) ?? /start_time:\s*"?(\d{4}-\d{2}-\d{2})/.exec(text)
  if (stated) return `${stated[1]}T${stated[2] ?? '12:00'}:00Z`
  if (name.includes('debug-triage-v2')) return '2025-02-01T12:00:00Z'
  return '2025-01-28T12:00:00Z'
}

function later(instant, minutes) {
  return new Date(Date.parse(instant) + minutes * 60 * 1000).toISOString().replace('.000Z', 'Z')
}

/** When a plan's final form is committed: two minutes after the latest phase time it states, else after its stated or estimated minutes, else a day later. */
function finishedAt(start, text) {
  const ends = [
    ...text.matchAll(/\*\*Phase \d+ (?:Start|End)\*\*:\s*(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})/g)
  ]
    .map((match) => `${match[1]}T${match[2]}:00Z`)
    .sort()
  if (ends.length > 0) return later(ends[ends.length - 1], 2)
  const minutes =
    /\*\*(?:Total|Estimated) Duration:?\*\*:?\s*~?(\d+(?:\.\d+)?)\s*(h|hours?|min|minutes?)/i.exec(
      text
    )
  if (minutes) return later(start, Number(minutes[1]) * (minutes[2].startsWith('h') ? 60 : 1) + 2)
  return later(start, 24 * 60)
}

/** The plan as it was when started: nothing ticked, no times recorded yet, status in progress. */
function inProgress(text) {
  return text
    .replace(/\[[xX]\]/g, '[ ]')
    .replace(/^\s*- \*\*(?:Phase \d+ (?:Start|End)|Total Duration)\*\*:.*\r?\n/gm, '')
    .replace(/(\*\*Completion Status\*\*:\s*).*/, '$1IN_PROGRESS')
}

/** The special history of a plan, by the last part of its file name. */
function specialOf(name) {
  const key = Object.keys(special).find((suffix) => name.endsWith(`${suffix}.md`))
  return key ? special[key] : {}
}

const events = []
for (const name of inputs()) {
  const text = readFileSync(join(examples, name), 'utf8')
  const when = dateOf(name, text)
  if (name.includes('/execution_plans/')) {
    const how = specialOf(name)
    const who = { ...(how.author ? { author: how.author } : {}), trailers: how.trailers ?? [] }
    const done = how.completedAt ?? finishedAt(when, text)
    events.push({ when, name, text: inProgress(text), message: `Start ${name}`, ...who })
    events.push({ when: done, name, text, message: `Update ${name}`, ...who })
    if (how.revertAfterDays)
      events.push({ when: later(done, how.revertAfterDays * 24 * 60), name, revert: true })
    if (how.reapplyAfterDays)
      events.push({
        when: later(done, how.reapplyAfterDays * 24 * 60),
        name,
        text,
        message: `Reapply ${name}`
      })
  } else events.push({ when, name, text, message: `Add ${name}` })
}
events.sort((a, b) => (a.when < b.when ? -1 : a.when > b.when ? 1 : a.name < b.name ? -1 : 1))

const repo = mkdtempSync(join(tmpdir(), 'planmark-example-history-'))
const git = (args, when, author = examplesAuthor) =>
  execFileSync('git', args, {
    cwd: repo,
    encoding: 'utf8',
    stdio: 'pipe',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: author.name,
      GIT_COMMITTER_EMAIL: author.email,
      GIT_AUTHOR_DATE: when,
      GIT_COMMITTER_DATE: when
    }
  })
git(['-c', 'init.defaultBranch=main', 'init', '-q'], '2025-01-01T00:00:00Z')
const lastChange = new Map()
for (const event of events) {
  if (event.revert) {
    git(
      ['-c', 'commit.gpgsign=false', 'revert', '--no-edit', lastChange.get(event.name)],
      event.when
    )
    continue
  }
  mkdirSync(dirname(join(repo, event.name)), { recursive: true })
  writeFileSync(join(repo, event.name), event.text)
  git(['add', '--', event.name], event.when)
  const message = [event.message, ...(event.trailers?.length ? ['', ...event.trailers] : [])].join(
    '\n'
  )
  git(['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', message], event.when, event.author)
  lastChange.set(event.name, git(['rev-parse', 'HEAD'], event.when).trim())
}

const cli = join(root, 'dist/cli.js')
execFileSync(process.execPath, [cli, 'analyze', '--cwd', repo], { stdio: 'pipe' })
for (const file of analyzed) {
  mkdirSync(dirname(join(out, file)), { recursive: true })
  cpSync(join(repo, file), join(out, file))
}
const weekly = join(out, 'agents/performance/reports/weekly')
rmSync(weekly, { recursive: true, force: true })
mkdirSync(weekly, { recursive: true })
for (const week of weeks) {
  execFileSync(process.execPath, [cli, 'report', '--week', week, '--cwd', repo], { stdio: 'pipe' })
  cpSync(join(repo, 'agents/performance/reports/weekly', `${week}.md`), join(weekly, `${week}.md`))
}
rmSync(repo, { recursive: true, force: true })
console.log(
  `${events.length} commits replayed; the analytics, the report and the weekly reports ${weeks[0]}…${weeks[weeks.length - 1]} written to ${relative(process.cwd(), out) || '.'}`
)
