import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'
import { severityOf } from '../../src/core/findingOf.js'
import { checkFiles } from '../../src/pipeline/checkFiles.js'

/** The root of the data fixtures. */
export const fixturesRoot = new URL('../fixtures/', import.meta.url).pathname

/**
 * Every fixture case: a folder holding `.md` files or a `planmark.config.json`;
 * folders inside a case belong to it.
 */
export function fixtureCases(root = fixturesRoot): string[] {
  const cases: string[] = []
  const walk = (dir: string) => {
    const entries = readdirSync(dir).sort()
    if (entries.some((entry) => entry.endsWith('.md') || entry === 'planmark.config.json')) {
      cases.push(relative(root, dir))
      return
    }
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
 * Runs `checkFiles` on a fixture's files (or on the whole folder when its
 * configuration sets `documents`) and renders what a user would rely
 * on: each document, its validity and its messages as
 * `line:column severity rule-id: reason`.
 */
export async function runFixture(dir: string) {
  // A case whose configuration sets `documents` is a repository: walk it whole.
  const config = existsSync(join(dir, 'planmark.config.json'))
    ? JSON.parse(readFileSync(join(dir, 'planmark.config.json'), 'utf8'))
    : {}
  const { files } = await checkFiles(config.documents ? [] : fixtureFiles(dir), { cwd: dir })
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
