import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { readPackageTemplate } from '../adapters/packageFiles.js'
import { writeFileAtomic } from '../adapters/writeFileAtomic.js'
import { newDocumentTemplates } from '../core/newDocumentPath.js'
import type { CliIo } from './io.js'
import { parseCommandArgs } from './parseCommandArgs.js'
import { UsageError } from './usageError.js'
import { workingDirectory } from './workingDirectory.js'
import { agentTargets, writeAgentInstructions } from './writeAgentInstructions.js'

/** The workflows `init` writes, shipped in templates/workflows/ (and shown in examples/workflows/). */
export const workflowTemplates = [
  'planmark-pull-request.yml',
  'planmark-comment.yml',
  'planmark-push.yml',
  'planmark-weekly.yml'
]

/** `planmark init --help`. */
const initHelp = `Usage: planmark init [options]

Scaffold planmark in a repository: the agents/performance/ folders, the
document templates, planmark.config.json, the four workflows of the
GitHub Action (.github/workflows/planmark-pull-request.yml and
planmark-comment.yml for pull requests, forks included, planmark-push.yml
for the analytics, planmark-weekly.yml for the weekly report), and a
.gitignore entry for .planmark-cache/. Existing files are never overwritten without
--force; then nothing is written at all.

With --agents, also keep a marked block of instructions for coding agents
(create the plan with planmark new, tick and commit as you go, state the
agent and model, run planmark check before declaring a task complete) in
AGENTS.md, and in CLAUDE.md, .github/copilot-instructions.md and
.cursor/rules/planmark.mdc when they exist or are named with --agents-for.
Rerunning updates the block in place and leaves the rest of each file as it
is; an existing scaffold is then left alone.

Options:
  --force                Overwrite existing files
  --agents               Write the agents' instructions (see above)
  --agents-for <list>    Also for: claude, copilot, cursor (comma-separated)
  --cwd <dir>            Run as if started in <dir>
  -h, --help             Show this help

Exit codes: 0 scaffolded; 1 files exist (nothing written); 2 usage error.`

const config = `{
  "$schema": "https://planmark.dev/schemas/config.schema.json",
  "agents": {},
  "failOn": "error"
}
`

/** Runs `planmark init`; returns the exit code. */
export async function initCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseCommandArgs('init', initHelp, {
    args,
    options: {
      force: { type: 'boolean', default: false },
      agents: { type: 'boolean', default: false },
      'agents-for': { type: 'string' },
      cwd: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false }
    }
  })
  if (values.help) {
    io.stdout.write(`${initHelp}\n`)
    return 0
  }
  const cwd = workingDirectory(io, values.cwd)
  const files: Array<{ path: string; content: string }> = [
    { path: 'planmark.config.json', content: config },
    ...Object.values(newDocumentTemplates).map((name) => ({
      path: `agents/performance/templates/${name}`,
      content: readPackageTemplate(name)
    })),
    ...['execution_plans', 'plan_analysis', 'reviews', 'prompts'].map((folder) => ({
      path: `agents/performance/${folder}/.gitkeep`,
      content: ''
    })),
    ...workflowTemplates.map((name) => ({
      path: `.github/workflows/${name}`,
      content: readPackageTemplate(`workflows/${name}`)
    }))
  ]
  const asked = values['agents-for']?.split(',').map((name) => name.trim()) ?? []
  if (asked.length > 0 && !values.agents) throw new UsageError('--agents-for needs --agents')
  const agentFiles = values.agents ? agentTargets(cwd, asked) : []
  const existing = files.filter((file) => existsSync(join(cwd, file.path)))
  // The agents' block is kept up to date on a repository planmark already scaffolded.
  if (values.agents && existing.length > 0 && !values.force) {
    io.stdout.write('planmark is set up here already; its files were left as they are\n')
    await writeAgentInstructions(cwd, agentFiles, io)
    return 0
  }
  if (existing.length > 0 && !values.force) {
    io.stderr.write(
      `planmark init: these files exist; nothing was written (use --force to overwrite):\n${existing.map((file) => `  ${file.path}`).join('\n')}\n`
    )
    return 1
  }
  for (const file of files) {
    await writeFileAtomic(join(cwd, file.path), file.content)
    io.stdout.write(`created ${file.path}\n`)
  }
  const gitignore = join(cwd, '.gitignore')
  const ignored = await readFile(gitignore, 'utf8').catch(() => '')
  if (!ignored.split(/\r?\n/).includes('.planmark-cache/')) {
    await writeFileAtomic(
      gitignore,
      `${ignored}${ignored === '' || ignored.endsWith('\n') ? '' : '\n'}.planmark-cache/\n`
    )
    io.stdout.write('updated .gitignore\n')
  }
  await writeAgentInstructions(cwd, agentFiles, io)
  io.stdout.write(
    '\nNext: planmark new plan --agent <agent> --category <category> --title "<task>"\n'
  )
  return 0
}
