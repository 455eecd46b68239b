import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { dirname, join, relative, resolve, sep } from 'node:path'
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
import { parseDuration } from '../core/normalize/parseDuration.js'
import { inertText } from '../core/inertText.js'
import { UsageError } from './usageError.js'
import type { CliIo } from './io.js'
import { parseCommandArgs } from './parseCommandArgs.js'
import { projectFolders } from './projectFolders.js'

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
  --estimate <duration>   Estimated duration, e.g. "90 minutes" or "2-3 hours" (plan)
  --title <text>          Task or plan title (plan, analysis)
  --plan <file>           The plan analysed or reviewed: linked, its title
                          used when there is no --title (analysis, review)
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
      estimate: { type: 'string' },
      title: { type: 'string' },
      plan: { type: 'string' },
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
  if (values.estimate !== undefined && !parseDuration(values.estimate))
    throw new UsageError(
      `--estimate must be a duration such as "90 minutes", "1.5 hours" or "2-3 hours", found ${inertText(values.estimate)}`
    )
  const now = io.now()
  const date = now.toISOString().slice(0, 10)
  // Documents go where the project's globs find them, from any subfolder.
  const project = await projectFolders(io, { cwd: values.cwd }, [], {
    defaultToWorkingFolder: false
  })
  const cwd = project.root
  const templateName = newDocumentTemplates[kind as NewDocumentKind]
  const local = join(cwd, 'agents/performance/templates', templateName)
  const template = existsSync(local)
    ? await readFile(local, 'utf8')
    : readPackageTemplate(templateName)
  const category = values.category === undefined ? undefined : normalizeCategory(values.category)
  const path = newDocumentPath(kind as NewDocumentKind, {
    date,
    agent: values.agent,
    title: values.title,
    id: values.id,
    version: values.version ?? '1'
  })
  const plan =
    values.plan === undefined
      ? undefined
      : await planLink(project.working, values.plan, join(cwd, path))
  const content = fillTemplate(template, {
    task: values.title,
    plan_title: values.title ?? plan?.title,
    plan_path: plan?.link,
    estimated_duration: values.estimate,
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

/**
 * The link from the new document to the plan named with `--plan` (a path from
 * where the user is; it must exist), and the plan's title from its heading.
 */
async function planLink(
  working: string,
  planPath: string,
  documentPath: string
): Promise<{ link: string; title: string }> {
  const absolute = resolve(working, planPath)
  const text = await readFile(absolute, 'utf8').catch(() => {
    throw new UsageError(`--plan ${inertText(planPath)}: no such file (from ${working})`)
  })
  const heading = /^#\s+(?:EXECUTION PLAN:\s*)?(.+?)\s*#*\s*$/im.exec(text)?.[1]
  return {
    link: relative(dirname(documentPath), absolute).split(sep).join('/'),
    title: heading ?? absolute.slice(absolute.lastIndexOf(sep) + 1).replace(/\.md$/i, '')
  }
}
