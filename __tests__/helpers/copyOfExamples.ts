import { cpSync, mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'

const examples = new URL('../../examples', import.meta.url).pathname

/**
 * A copy of examples/ in a new temporary folder named from `prefix`, as a
 * clone has it: without the `.planmark-cache` a local run (`npm run
 * example`) leaves there, which git ignores and another build wrote.
 */
export function copyOfExamples(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  cpSync(examples, dir, {
    recursive: true,
    filter: (source) => basename(source) !== '.planmark-cache'
  })
  return dir
}
