// planmark's benchmark: `npm run bench [-- --documents 5000 --memory 1000,5000,20000]`.
// Measures, in one run and on the same Node, against the floors planmark
// cannot beat: (a) reading every file, (b) a bare remark + GFM parse of every
// file, (c) `planmark analyze` cold, (d) warm after one file changed, (e) peak
// memory at several repository sizes, (f) the bundled Action's start-up on an
// empty repository against `node -e 0`, (g) the installed size of the packed
// package in a fresh project, (h) the Action's run on a pull request touching
// one plan, cold and with a cache restored from the cache service, at
// several repository sizes. Prints a table, writes bench/results.json.
import { spawnSync } from 'node:child_process'
import { appendFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import remarkGfm from 'remark-gfm'
import remarkParse from 'remark-parse'
import { unified } from 'unified'
import { startCacheService } from '../__tests__/helpers/cacheService.js'
import { generateRepository } from './generateRepository.js'
import { git } from './git.js'
import { installedSize } from './installedSize.js'
import { openPullRequest, reportPeak, runAction } from './pullRequestRun.js'

const root = fileURLToPath(new URL('..', import.meta.url))
const cli = join(root, 'dist/cli.js')
const action = join(root, 'dist/index.js')
const argument = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`)
  return index > 0 ? process.argv[index + 1] : fallback
}
const documents = Number(argument('documents', '5000'))
const memorySizes = argument('memory', '1000,5000,20000').split(',').map(Number)
const pullRequestSizes = argument('pull-requests', '1000,5000').split(',').map(Number)

function seconds(run) {
  const start = process.hrtime.bigint()
  run()
  return Number(process.hrtime.bigint() - start) / 1e9
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

/** A generated repository committed to git, as a user's would be. */
function repository(size) {
  const dir = mkdtempSync(join(tmpdir(), `planmark-bench-${size}-`))
  const paths = generateRepository(dir, size, 42)
  for (const args of [
    ['init', '-q'],
    ['add', '-A'],
    ['commit', '-q', '-m', 'plans']
  ])
    git(dir, args)
  return { dir, paths }
}

/** Runs the bundled CLI; resolves wall seconds and peak RSS in MB. */
function runCli(args, cwd) {
  const start = process.hrtime.bigint()
  const result = spawnSync(process.execPath, ['--import', reportPeak, cli, ...args], {
    cwd,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024
  })
  const wall = Number(process.hrtime.bigint() - start) / 1e9
  if (result.status !== 0) throw new Error(`planmark ${args.join(' ')} failed: ${result.stderr}`)
  const peakKb = Number(/planmark-bench-peak-kb (\d+)/.exec(result.stderr)?.[1])
  return { seconds: wall, peakMb: peakKb / 1024 }
}

const results = {
  machine: {
    node: process.version,
    cpus: availableParallelism(),
    model: cpus()[0]?.model,
    memoryGb: Math.round(totalmem() / 2 ** 30)
  },
  documents
}
const log = (line) => process.stderr.write(`${line}\n`)

log(
  `planmark bench: ${documents} documents on ${results.machine.cpus} cores, Node ${process.version}`
)
const { dir, paths } = repository(documents)
const sources = paths.map((path) => readFileSync(join(dir, path), 'utf8'))
results.megabytes = sources.reduce((sum, text) => sum + Buffer.byteLength(text), 0) / 1e6

log('(a) reading every file')
results.read = seconds(() => paths.forEach((path) => readFileSync(join(dir, path), 'utf8')))
log('(b) bare remark + GFM parse of every file')
const processor = unified().use(remarkParse).use(remarkGfm)
results.bareParse = seconds(() => sources.forEach((text) => processor.parse(text)))
log('(c) planmark analyze, cold')
const cache = join(dir, '.planmark-cache')
rmSync(cache, { recursive: true, force: true })
const cold = runCli(['analyze', '--json'], dir)
results.coldAnalyze = cold.seconds
log('(d) planmark analyze, warm, one file changed')
appendFileSync(join(dir, paths[paths.length - 1]), '\n- [x] one more step\n')
results.warmAnalyze = runCli(['analyze', '--json'], dir).seconds

log('(e) peak memory of a cold analyze')
results.peakMemoryMb = {}
for (const size of memorySizes) {
  const repo = size === documents ? { dir } : repository(size)
  rmSync(join(repo.dir, '.planmark-cache'), { recursive: true, force: true })
  const run = runCli(['analyze', '--json'], repo.dir)
  results.peakMemoryMb[size] = run.peakMb
  log(`    ${size} documents: ${run.peakMb.toFixed(0)} MB in ${run.seconds.toFixed(1)} s`)
  if (repo.dir !== dir) rmSync(repo.dir, { recursive: true, force: true })
}

log('(f) start-up of the bundled Action on an empty repository')
const empty = mkdtempSync(join(tmpdir(), 'planmark-bench-empty-'))
writeFileSync(join(empty, 'output'), '')
const actionEnv = {
  ...process.env,
  GITHUB_WORKSPACE: empty,
  GITHUB_OUTPUT: join(empty, 'output'),
  GITHUB_STEP_SUMMARY: join(empty, 'output'),
  INPUT_PATHS: ''
}
results.nodeStart = median(
  Array.from({ length: 7 }, () => seconds(() => spawnSync(process.execPath, ['-e', '0'])))
)
results.actionStart = median(
  Array.from({ length: 7 }, () =>
    seconds(() => spawnSync(process.execPath, [action], { cwd: empty, env: actionEnv }))
  )
)

log('(h) the Action on a pull request touching one plan, cold and with a restored cache')
results.pullRequest = {}
for (const size of pullRequestSizes) {
  const repo = repository(size)
  const pull = openPullRequest(repo.dir, repo.paths)
  const run = { event: 'pull_request', sha: pull.head, base: pull.base }
  const cold = await runAction(repo.dir, run)
  const service = await startCacheService()
  try {
    // The entry a run on main saved, as after the push that made the merge base.
    git(repo.dir, ['checkout', '-q', 'main'])
    await runAction(repo.dir, { event: 'push', sha: pull.base, env: service.env })
    git(repo.dir, ['checkout', '-q', 'feature'])
    const restored = await runAction(repo.dir, { ...run, env: service.env })
    if (!/restored/i.test(restored.log + restored.summary))
      throw new Error(`the pull-request run did not restore the cache: ${restored.log}`)
    results.pullRequest[size] = {
      plans: repo.paths.filter((path) => path.includes('/execution_plans/')).length,
      cold: cold.seconds,
      restored: restored.seconds,
      coldPeakMb: cold.peakMb,
      restoredPeakMb: restored.peakMb
    }
  } finally {
    await service.close()
  }
  log(
    `    ${size} documents: cold ${cold.seconds.toFixed(2)} s, restored ${results.pullRequest[size].restored.toFixed(2)} s`
  )
  rmSync(repo.dir, { recursive: true, force: true })
}

log('(g) installed size of the packed package in a fresh project')
results.install = installedSize()

const ratio = (value, floor) => (value / floor).toFixed(3)
const smallest = memorySizes[0]
const largest = memorySizes[memorySizes.length - 1]
results.targets = {
  coldOverBareParse: { value: results.coldAnalyze / results.bareParse, target: 0.5 },
  warmOverCold: { value: results.warmAnalyze / results.coldAnalyze, target: 0.03 },
  warmOverRead: { value: results.warmAnalyze / results.read, target: 5 },
  peakMemoryLargestOverSmallest: {
    value: results.peakMemoryMb[largest] / results.peakMemoryMb[smallest],
    target: 2
  },
  actionStartOverNode: { value: results.actionStart / results.nodeStart, target: 3 },
  pullRequestRestoredOverCold: Object.fromEntries(
    pullRequestSizes.map((size) => [
      size,
      {
        value: results.pullRequest[size].restored / results.pullRequest[size].cold,
        target: 0.1
      }
    ])
  ),
  installedMegabytes: { value: results.install.megabytes, target: 12 }
}
const rows = [
  ['measure', 'seconds / MB', 'ratio', 'target', 'met'],
  ['(a) read every file', results.read.toFixed(3), '1', '', ''],
  [
    '(b) bare remark+GFM parse',
    results.bareParse.toFixed(2),
    ratio(results.bareParse, results.read),
    '',
    ''
  ],
  [
    '(c) analyze, cold',
    results.coldAnalyze.toFixed(2),
    `${ratio(results.coldAnalyze, results.bareParse)} × (b)`,
    '≤ 0.5 × (b)',
    results.targets.coldOverBareParse.value <= 0.5 ? 'yes' : 'no'
  ],
  [
    '(d) analyze, warm, 1 changed',
    results.warmAnalyze.toFixed(3),
    `${ratio(results.warmAnalyze, results.coldAnalyze)} × (c)`,
    '≤ 0.03 × (c)',
    results.targets.warmOverCold.value <= 0.03 ? 'yes' : 'no'
  ],
  [
    '',
    '',
    `${ratio(results.warmAnalyze, results.read)} × (a)`,
    '≤ 5 × (a)',
    results.targets.warmOverRead.value <= 5 ? 'yes' : 'no'
  ],
  ...memorySizes.map((size) => [
    `(e) peak RSS, ${size} documents`,
    `${results.peakMemoryMb[size].toFixed(0)} MB`,
    `${ratio(results.peakMemoryMb[size], results.peakMemoryMb[smallest])} × ${smallest}`,
    size === largest ? `≤ 2 × ${smallest}` : '',
    size === largest
      ? results.targets.peakMemoryLargestOverSmallest.value <= 2
        ? 'yes'
        : 'no'
      : ''
  ]),
  ['(f) node -e 0', results.nodeStart.toFixed(3), '', '', ''],
  [
    '(f) Action start-up, empty repo',
    results.actionStart.toFixed(3),
    `${ratio(results.actionStart, results.nodeStart)} × node`,
    '≤ 3 × node',
    results.targets.actionStartOverNode.value <= 3 ? 'yes' : 'no'
  ],
  ...pullRequestSizes.flatMap((size) => {
    const run = results.pullRequest[size]
    const ratio = run.restored / run.cold
    return [
      [
        `(h) pull request, ${size} documents (${run.plans} plans), cold`,
        run.cold.toFixed(2),
        '',
        '',
        ''
      ],
      [
        `(h) pull request, ${size} documents, restored`,
        run.restored.toFixed(3),
        `${ratio.toFixed(3)} × cold`,
        '≤ 0.1 × cold',
        ratio <= 0.1 ? 'yes' : 'no'
      ],
      [
        `(h) peak RSS, cold / restored`,
        `${run.coldPeakMb.toFixed(0)} / ${run.restoredPeakMb.toFixed(0)} MB`,
        '',
        '',
        ''
      ]
    ]
  }),
  [
    `(g) npm i planmark, ${results.install.packages} packages`,
    `${results.install.megabytes.toFixed(1)} MB`,
    results.install.warnings.length ? `${results.install.warnings.length} npm warnings` : '',
    '< 12 MB',
    results.install.megabytes < 12 ? 'yes' : 'no'
  ]
]
const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)))
console.log(
  `\n${documents} documents, ${results.megabytes.toFixed(1)} MB, ${results.machine.cpus} cores, Node ${process.version}\n`
)
for (const row of rows)
  console.log(
    row
      .map((cell, column) => cell.padEnd(widths[column]))
      .join('  ')
      .trimEnd()
  )
writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)
console.log('\nwrote bench/results.json')
rmSync(dir, { recursive: true, force: true })
rmSync(empty, { recursive: true, force: true })
