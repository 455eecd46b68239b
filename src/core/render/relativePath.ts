/** The POSIX path from folder `fromDir` to `to` (both relative to one root): `reports` + `plans/a.md` → `../plans/a.md`. */
export function relativePath(fromDir: string, to: string): string {
  const from = fromDir.split('/').filter((part) => part && part !== '.')
  const target = to.split('/').filter((part) => part && part !== '.')
  let common = 0
  while (common < from.length && common < target.length && from[common] === target[common]) common++
  return [...from.slice(common).map(() => '..'), ...target.slice(common)].join('/')
}
