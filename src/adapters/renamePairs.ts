/**
 * The renames in git's `--name-status -z` output (`R<score>\0old\0new`), in
 * the order git gives them; other entries are skipped.
 */
export function renamePairs(output: string): Array<{ from: string; to: string }> {
  // git log puts a newline after each commit's (empty) header: it starts the next field.
  const fields = output.split('\0').map((field) => field.replace(/^\n/, ''))
  const pairs: Array<{ from: string; to: string }> = []
  for (let index = 0; index + 2 < fields.length; index++) {
    const [status, from, to] = fields.slice(index, index + 3)
    if (!status?.startsWith('R') || !from || !to) continue
    pairs.push({ from, to })
    index += 2
  }
  return pairs
}
