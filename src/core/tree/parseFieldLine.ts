/** A `Key: value` pair read from one line. */
export interface FieldLine {
  /** The key as written, without markup. */
  name: string
  /** The raw Markdown after the separator (may be empty: `**Steps**:`). */
  value: string
  /** Where the value starts, counted in characters from the start of the line. */
  valueOffset: number
}

const patterns = [
  /^(\*\*|__)([^*_]+?)\1\s*:\s*/, // **Key**: value, **Key** : value
  /^(\*\*|__)([^*_]+?):\1\s*/, // **Key:** value
  /^()([\p{L}][\p{L}\p{N} _/()%-]{0,40}?)\s*:\s+(?=\S)/u // Key: value (value required)
]

/** Reads `**Key**: value`, `**Key:** value`, `**Key** : value` or `Key: value` from a line. */
export function parseFieldLine(line: string): FieldLine | undefined {
  for (const pattern of patterns) {
    const match = pattern.exec(line)
    if (match?.[2] && match[2].trim().split(/\s+/).length <= 6) {
      return {
        name: match[2].trim(),
        value: line.slice(match[0].length).trim(),
        valueOffset: match[0].length
      }
    }
  }
  return undefined
}
