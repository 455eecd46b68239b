import { Scalar } from 'yaml'

/**
 * A YAML scalar as written: a plain `version: 2.0` is the text `2.0`, not
 * the number 2, so a value reads the same from the working tree and from
 * git history. Quoted and block scalars are their parsed string.
 */
export function scalarText(scalar: Scalar, source: string): string {
  const range = scalar.range
  const text =
    scalar.type === Scalar.PLAIN && range
      ? source.slice(range[0], range[1])
      : String(scalar.value ?? '')
  return text.replace(/\s+/g, ' ').trim()
}
