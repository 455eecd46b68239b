/**
 * Normalises an agent name: the canonical name whose alias matches
 * (case-insensitively, spaces and underscores read as hyphens), else the name in
 * lower-case kebab form so `Claude-Sonnet-4` and `claude sonnet 4` are one agent.
 */
export function normalizeAgent(
  name: string,
  aliases: Readonly<Record<string, readonly string[]>>
): string {
  const slug = slugify(name)
  for (const [canonical, names] of Object.entries(aliases)) {
    if (slugify(canonical) === slug || names.some((alias) => slugify(alias) === slug))
      return canonical
  }
  return slug
}

function slugify(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-')
}
