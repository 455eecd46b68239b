/** Rounds to `digits` decimals, the fixed precision of every committed figure (no `-0`). */
export function round(value: number, digits = 4): number {
  const factor = 10 ** digits
  const rounded = Math.round(value * factor) / factor
  return rounded === 0 ? 0 : rounded
}
