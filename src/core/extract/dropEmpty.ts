/** Drops undefined fields and empty objects, so an absent value is absent, not `null` or `{}`. */
export function dropEmpty<T extends object>(value: T): T {
  return Object.fromEntries(
    Object.entries(value).filter(
      ([, entry]) =>
        entry !== undefined &&
        !(
          typeof entry === 'object' &&
          entry !== null &&
          !Array.isArray(entry) &&
          Object.keys(entry).length === 0
        )
    )
  ) as T
}
