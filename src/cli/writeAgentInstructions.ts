import { existsSync } from 'node:fs'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileAtomic } from '../adapters/writeFileAtomic.js'
import { agentBlockMarkers, agentInstructions } from '../core/scaffold/agentInstructions.js'
import { upsertMarkedBlock } from '../core/scaffold/upsertMarkedBlock.js'
import type { CliIo } from './io.js'
import { UsageError } from './usageError.js'

/** The agents' instruction files beyond AGENTS.md, by the name `--agents-for` takes. */
export const agentFiles = {
  claude: { path: 'CLAUDE.md', header: '' },
  copilot: { path: '.github/copilot-instructions.md', header: '' },
  // Cursor reads rules from .cursor/rules/*.mdc; this one applies to every request.
  cursor: {
    path: '.cursor/rules/planmark.mdc',
    header: '---\ndescription: Execution plans, checked by planmark\nalwaysApply: true\n---\n\n'
  }
} as const

/** An instruction file to keep the block in, and what a new one starts with. */
export interface AgentFile {
  path: string
  header: string
}

/**
 * The files to keep planmark's block in: AGENTS.md (read by Codex, Cursor,
 * Copilot, Gemini CLI and others; created when missing), and CLAUDE.md,
 * .github/copilot-instructions.md and .cursor/rules/planmark.mdc when they
 * exist (for Cursor: when .cursor/ does) or are named in `asked`. An unknown
 * name is a usage error, before anything is written.
 */
export function agentTargets(cwd: string, asked: readonly string[]): AgentFile[] {
  for (const name of asked)
    if (!Object.hasOwn(agentFiles, name))
      throw new UsageError(
        `--agents-for takes ${Object.keys(agentFiles).join(', ')}; found ${name}`
      )
  const targets: Array<{ path: string; header: string }> = [{ path: 'AGENTS.md', header: '' }]
  for (const [name, file] of Object.entries(agentFiles)) {
    const present = existsSync(join(cwd, name === 'cursor' ? '.cursor' : file.path))
    if (present || asked.includes(name)) targets.push(file)
  }
  return targets
}

/** Puts the block in each target; rerunning updates it in place and leaves the rest of each file byte for byte. */
export async function writeAgentInstructions(
  cwd: string,
  targets: readonly AgentFile[],
  io: CliIo
): Promise<void> {
  for (const target of targets) {
    const path = join(cwd, target.path)
    const before = await readFile(path, 'utf8').catch(() => undefined)
    const result = upsertMarkedBlock(before ?? target.header, agentBlockMarkers, agentInstructions)
    if (!result.ok)
      throw new UsageError(`${target.path} ${result.reason}; fix it by hand, then rerun.`)
    if (before !== undefined && !result.changed) {
      io.stdout.write(`unchanged ${target.path}\n`)
      continue
    }
    await writeFileAtomic(path, result.text)
    io.stdout.write(`${before === undefined ? 'created' : 'updated'} ${target.path}\n`)
  }
}
