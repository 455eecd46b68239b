/** The `version` a prompt's YAML front matter states, read without parsing the rest. */
export function promptVersionOf(source: string): string | undefined {
  const frontMatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? ''
  return /^version:\s*["']?([^"'\r\n#]+?)["']?\s*$/m.exec(frontMatter)?.[1]
}
