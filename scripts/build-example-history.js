// Replays examples/ as a dated git history, so the weekly reports have weeks
// to show, then writes their weekly reports with the bundled CLI.
//
//   node scripts/build-example-history.js [--out DIR]   (default: examples)
//
// Each plan is committed "in progress" (boxes unticked) on its start date and
// in its final form a day later; analyses, reviews, prompts and the rest on
// their own dates. Authors, dates and contents are fixed, so the commits, and
// the reports, are the same on every machine.
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

/** Every input file of examples/ that git tracks (so caches and local files never leak in), relative to it. */
function inputs() {
  return execFileSync('git', ['ls-files', '-z', '--', '.'], { cwd: examples, encoding: 'utf8' })
    .split('\0')
    .filter(
      (name) => name && !outputs.some((output) => name === output || name.startsWith(`${output}/`))
    )
    .sort()
}

/** The date a file enters the history: its plan start, review date or a fixed early date. */
function dateOf(name, text) {
  const stated =
    /\*\*(?:Start Time|Review Date):?\*\*:?\s*(\d{4}-\d{2}-\d{2})/.exec(text) ??
    /start_time:\s*"?(\d{4}-\d{2}-\d{2})/.exec(text)
  if (stated) return `${stated[1]}T12:00:00Z`
  if (name.includes('debug-triage-v2')) return '2025-02-01T12:00:00Z'
  return '2025-01-28T12:00:00Z'
}

function nextDay(instant) {
  return new Date(Date.parse(instant) + 24 * 60 * 60 * 1000).toISOString().replace('.000Z', 'Z')
}

/** The plan as it was when started: nothing ticked yet, status in progress. */
function inProgress(text) {
  return text
    .replace(/\[[xX]\]/g, '[ ]')
    .replace(/(\*\*Completion Status\*\*:\s*).*/, '$1IN_PROGRESS')
}

const events = []
for (const name of inputs()) {
  const text = readFileSync(join(examples, name), 'utf8')
  const when = dateOf(name, text)
  if (name.includes('/execution_plans/')) {
    events.push({ when, name, text: inProgress(text), message: `Start ${name}` })
    events.push({ when: nextDay(when), name, text, message: `Update ${name}` })
  } else events.push({ when, name, text, message: `Add ${name}` })
}
events.sort((a, b) => (a.when < b.when ? -1 : a.when > b.when ? 1 : a.name < b.name ? -1 : 1))

const repo = mkdtempSync(join(tmpdir(), 'planmark-example-history-'))
const git = (args, when) =>
  execFileSync('git', args, {
    cwd: repo,
    stdio: 'pipe',
    env: {
      ...process.env,
      GIT_AUTHOR_NAME: 'planmark examples',
      GIT_AUTHOR_EMAIL: 'examples@planmark.invalid',
      GIT_COMMITTER_NAME: 'planmark examples',
      GIT_COMMITTER_EMAIL: 'examples@planmark.invalid',
      GIT_AUTHOR_DATE: when,
      GIT_COMMITTER_DATE: when
    }
  })
git(['-c', 'init.defaultBranch=main', 'init', '-q'], '2025-01-01T00:00:00Z')
for (const event of events) {
  mkdirSync(dirname(join(repo, event.name)), { recursive: true })
  writeFileSync(join(repo, event.name), event.text)
  git(['add', '--', event.name], event.when)
  git(['-c', 'commit.gpgsign=false', 'commit', '-q', '-m', event.message], event.when)
}

const cli = join(root, 'dist/cli.js')
const weekly = join(out, 'agents/performance/reports/weekly')
rmSync(weekly, { recursive: true, force: true })
mkdirSync(weekly, { recursive: true })
for (const week of weeks) {
  execFileSync(process.execPath, [cli, 'report', '--week', week, '--cwd', repo], { stdio: 'pipe' })
  cpSync(join(repo, 'agents/performance/reports/weekly', `${week}.md`), join(weekly, `${week}.md`))
}
rmSync(repo, { recursive: true, force: true })
console.log(
  `${events.length} commits replayed; weekly reports ${weeks[0]}…${weeks[weeks.length - 1]} written to ${relative(process.cwd(), weekly) || '.'}`
)
