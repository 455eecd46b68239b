import { readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { severityOf } from '../../src/core/findingOf.js'
import { checkFiles } from '../../src/pipeline/checkFiles.js'

/** The root of the data fixtures. */
export const fixturesRoot = new URL('../fixtures/', import.meta.url).pathname

/** Every fixture case: a folder holding `.md` files (and possibly `planmark.config.json`). */
export function fixtureCases(root = fixturesRoot): string[] {
  const cases: string[] = []
  const walk = (dir: string) => {
    const entries = readdirSync(dir).sort()
    if (entries.some((entry) => entry.endsWith('.md'))) cases.push(relative(root, dir))
    for (const entry of entries)
      if (statSync(join(dir, entry)).isDirectory()) walk(join(dir, entry))
  }
  walk(root)
  return cases
}

/** The Markdown files of a fixture case, sorted. */
export function fixtureFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((entry) => entry.endsWith('.md'))
    .sort()
}

/**
 * Runs `checkFiles` on a fixture's files and renders what a user would rely
 * on: each document, its validity and its messages as
 * `line:column severity rule-id: reason`.
 */
export async function runFixture(dir: string) {
  const { files } = await checkFiles(fixtureFiles(dir), { cwd: dir })
  return files.map(({ file, parsed }) => ({
    path: file.path,
    valid: parsed?.valid ?? false,
    document: parsed?.document ?? null,
    messages: file.messages.map(
      (message) =>
        `${message.line ?? 0}:${message.column ?? 0} ${severityOf(message)} ${message.ruleId}: ${message.reason}`
    )
  }))
}
