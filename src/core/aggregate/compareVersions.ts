/** Orders versions numerically where they are numbers (`2` before `10`, `1.2` before `1.10`), else as text. */
export function compareVersions(a: string, b: string): number {
  const left = a.split(/[.-]/)
  const right = b.split(/[.-]/)
  for (let index = 0; index < Math.max(left.length, right.length); index++) {
    const x = left[index] ?? ''
    const y = right[index] ?? ''
    const difference =
      /^\d+$/.test(x) && /^\d+$/.test(y) ? Number(x) - Number(y) : x < y ? -1 : x > y ? 1 : 0
    if (difference !== 0) return difference
  }
  return 0
}
