import { analysedPlans, compareText } from '../core/aggregate/analysedPlans.js'
import { gitMoves } from '../adapters/gitMoves.js'
import { inertText } from '../core/inertText.js'
import { recommend, verdictThreshold } from '../core/aggregate/recommend.js'
import { normalizeCategory } from '../core/normalize/normalizeCategory.js'
import { normalizeLevel } from '../core/normalize/normalizeLevel.js'
import { checkFiles } from '../pipeline/checkFiles.js'
import { UsageError } from './usageError.js'
import type { CliIo } from './io.js'
import { parseCommandArgs } from './parseCommandArgs.js'
import { terminalAbilities } from './terminalAbilities.js'
import { textTable } from './textTable.js'
import { projectFolders } from './projectFolders.js'
import type { Recommendation } from '../core/types/generated.js'

/** `planmark recommend --help`. */
const recommendHelp = `Usage: planmark recommend [--category <category>] [options]

Rank agents for a task category by verified success, honest about small
samples: the ranking uses the lower bound of the Wilson 95% interval; the
verdict ("clear choice", "tie", "not enough data" or "no good choice") comes
from the probability that one agent beats another under Beta posteriors, at
0.95, with the reason in words. Without --category, every category that has
plans.

Options:
  --category <name>      Task category, e.g. debugging (default: every category)
  --complexity <level>   low, medium or high
  --min-samples <n>      Verifiable plans an agent needs, at least 2 (default: config minSamples, 3)
  --config <file>        Configuration file (default: planmark.config.json)
  --cwd <dir>            Run as if started in <dir>
  --json                 Print the recommendation as JSON
  -h, --help             Show this help

Exit codes: 0 a recommendation was computed (whatever the verdict);
2 usage error (an unknown category lists the known ones), missing path or
invalid configuration.`

const verdicts = {
  clear_choice: 'clear choice',
  tie: 'tie',
  not_enough_data: 'not enough data',
  no_good_choice: 'no good choice'
} as const

/** Runs `planmark recommend`; returns the exit code. */
export async function recommendCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('recommend', recommendHelp, {
    args,
    allowPositionals: true,
    options: {
      category: { type: 'string' },
      complexity: { type: 'string' },
      'min-samples': { type: 'string' },
      config: { type: 'string' },
      cwd: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    io.stdout.write(`${recommendHelp}\n`)
    return 0
  }
  const complexity = values.complexity === undefined ? undefined : normalizeLevel(values.complexity)
  if (values.complexity !== undefined && !complexity)
    throw new UsageError(`--complexity must be low, medium or high, found ${values.complexity}`)
  const minSamplesFlag =
    values['min-samples'] === undefined ? undefined : Number(values['min-samples'])
  if (minSamplesFlag !== undefined && !(Number.isInteger(minSamplesFlag) && minSamplesFlag >= 2)) {
    throw new UsageError(
      `--min-samples must be a whole number of at least 2 (one plan says nothing about a rate), found ${inertText(values['min-samples'] ?? '')}`
    )
  }
  const project = await projectFolders(io, values, positionals, { defaultToWorkingFolder: false })
  const check = await checkFiles(project.paths, {
    cwd: project.root,
    configPath: project.configPath
  })
  // The records plans.json holds: the agent git names and the review of a moved plan count here too.
  const documents = check.files.flatMap(({ parsed }) => (parsed ? [parsed] : []))
  const records = analysedPlans(
    documents,
    await gitMoves(project.root),
    check.planEvidence,
    check.plans
  ).map(({ record }) => record)
  const present = new Set(records.flatMap((record) => (record.category ? [record.category] : [])))
  const known = [...new Set([...Object.keys(check.config.categories), ...present])].sort(
    compareText
  )
  const requested = values.category === undefined ? undefined : normalizeCategory(values.category)
  if (requested !== undefined && !known.includes(requested))
    throw new UsageError(
      `unknown category ${inertText(requested)}; the known categories are ${known.map(inertText).join(', ')}`
    )
  const categories = requested ? [requested] : [...present].sort(compareText)
  const results = categories.map((category) => ({
    category,
    complexity: complexity ?? null,
    ...recommend(records, {
      category,
      ...(complexity ? { complexity } : {}),
      minSamples: minSamplesFlag ?? check.config.minSamples
    })
  }))
  if (values.json) {
    const json = requested ? results[0] : results
    io.stdout.write(`${JSON.stringify(json, null, 2)}\n`)
    return 0
  }
  const lines: string[] = []
  if (!requested)
    lines.push(
      categories.length > 0
        ? `Every category with plans: ${categories.map(inertText).join(', ')}.`
        : `No plans name a category yet; the known categories are ${known.map(inertText).join(', ')}.`,
      ''
    )
  const { columns } = terminalAbilities(io, 'stdout')
  for (const result of results) lines.push(...recommendationLines(result, columns), '')
  lines.push(
    `Method: ranked by the lower bound of the Wilson 95% interval of verified success; the verdict needs probability ${verdictThreshold} from the Beta posteriors (within complexity when the plans span several), and at least ${minSamplesFlag ?? check.config.minSamples} verifiable plans per agent.`
  )
  io.stdout.write(`${lines.join('\n')}\n`)
  return 0
}

/** One category's verdict, its reason and the ranking, as terminal lines. */
function recommendationLines(
  result: Recommendation & { category: string; complexity: string | null },
  width: number | undefined
): string[] {
  const scope = `${result.category}${result.complexity ? ` (${result.complexity})` : ''}`
  // Agent names are document text: escape sequences in them are shown, not run.
  const pick = result.recommended ? `: ${inertText(result.recommended)}` : ''
  const lines = [
    `Recommendation for ${inertText(scope)}: ${verdicts[result.verdict]}${pick}`,
    `  ${inertText(result.reason)}`
  ]
  if (result.ranking.length === 0) return lines
  const rows = [['rank', 'agent', 'verified', 'rate', '95% interval', 'lower bound']]
  result.ranking.forEach((entry, index) => {
    const { successes, n, rate, interval } = entry.verified
    rows.push([
      String(index + 1),
      inertText(entry.agent),
      `${successes}/${n}`,
      rate === null ? '-' : `${Math.round(rate * 100)}%`,
      interval ? `${Math.round(interval.lower * 100)}–${Math.round(interval.upper * 100)}%` : '-',
      entry.score.toFixed(2)
    ])
  })
  lines.push('', textTable(rows, { shrink: 1, width }))
  return lines
}
