import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readPackageTemplate } from '../adapters/packageFiles.js'
import { writeFileAtomic } from '../adapters/writeFileAtomic.js'
import { fillTemplate } from '../core/scaffold/fillTemplate.js'
import {
  newDocumentPath,
  newDocumentTemplates,
  type NewDocumentKind
} from '../core/newDocumentPath.js'
import { normalizeCategory } from '../core/normalize/normalizeCategory.js'
import { normalizeLevel } from '../core/normalize/normalizeLevel.js'
import { UsageError } from './usageError.js'
import type { CliIo } from './io.js'
import { parseCommandArgs } from './parseCommandArgs.js'
import { workingDirectory } from './workingDirectory.js'

/** `planmark new --help`. */
const newHelp = `Usage: planmark new <plan|analysis|review|prompt> [options]

Create a document from its template (agents/performance/templates/ when the
repository has one, else planmark's), with today's date and the given values
filled in, named by the original scheme:
  plan      agents/performance/execution_plans/YYYY-MM-DD_<agent>_<title>.md
  analysis  agents/performance/plan_analysis/YYYY-MM-DD_analysis_<title>.md
  review    agents/performance/reviews/YYYY-MM-DD_review_<agent>.md
  prompt    agents/performance/prompts/<id>-v<version>.md
Placeholders left unfilled are reported by planmark check until you fill them.

Options:
  --agent <name>          Agent (plan, analysis, review)
  --category <category>   Task category (plan, prompt)
  --complexity <level>    low, medium or high (plan)
  --title <text>          Task or plan title (plan, analysis)
  --reviewer <name>       Reviewer (analysis, review)
  --id <id>               Prompt id (prompt)
  --version <version>     Prompt version (prompt, default 1)
  --force                 Overwrite an existing file
  --cwd <dir>             Run as if started in <dir>
  -h, --help              Show this help

Exit codes: 0 created; 1 the file exists; 2 usage error.`

/** Runs `planmark new`; returns the exit code. */
export async function newCommand(args: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs('new', newHelp, {
    args,
    allowPositionals: true,
    options: {
      agent: { type: 'string' },
      category: { type: 'string' },
      complexity: { type: 'string' },
      title: { type: 'string' },
      reviewer: { type: 'string' },
      id: { type: 'string' },
      version: { type: 'string' },
      force: { type: 'boolean', default: false },
      cwd: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    io.stdout.write(`${newHelp}\n`)
    return 0
  }
  const [kind] = positionals
  if (!kind || !Object.hasOwn(newDocumentTemplates, kind))
    throw new UsageError(`expected plan, analysis, review or prompt, found ${kind ?? 'nothing'}`)
  const complexity = values.complexity === undefined ? undefined : normalizeLevel(values.complexity)
  if (values.complexity !== undefined && !complexity)
    throw new UsageError(`--complexity must be low, medium or high, found ${values.complexity}`)
  if (kind === 'prompt' && !values.id) throw new UsageError('--id is required for a prompt')
  const now = io.now()
  const date = now.toISOString().slice(0, 10)
  const cwd = workingDirectory(io, values.cwd)
  const templateName = newDocumentTemplates[kind as NewDocumentKind]
  const local = join(cwd, 'agents/performance/templates', templateName)
  const template = existsSync(local)
    ? await readFile(local, 'utf8')
    : readPackageTemplate(templateName)
  const category = values.category === undefined ? undefined : normalizeCategory(values.category)
  const content = fillTemplate(template, {
    task: values.title,
    plan_title: values.title,
    title: values.title,
    agent: values.agent,
    category,
    categories: category,
    complexity,
    reviewer: values.reviewer,
    id: values.id,
    start_time: now.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    review_date: date,
    from: date,
    to: date
  })
  const path = newDocumentPath(kind as NewDocumentKind, {
    date,
    agent: values.agent,
    title: values.title,
    id: values.id,
    version: values.version ?? '1'
  })
  if (existsSync(join(cwd, path)) && !values.force) {
    io.stderr.write(
      `planmark new: ${path} exists; nothing was written (use --force to overwrite)\n`
    )
    return 1
  }
  await writeFileAtomic(
    join(cwd, path),
    kind === 'prompt'
      ? content.replace(/^version: 1$/m, `version: ${values.version ?? '1'}`)
      : content
  )
  io.stdout.write(`created ${path}\n`)
  return 0
}
