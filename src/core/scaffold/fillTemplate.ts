/**
 * Fills a template's `{{name}}` placeholders from `values`; placeholders
 * without a value stay, so `planmark check` reports them until filled.
 */
export function fillTemplate(
  template: string,
  values: Readonly<Record<string, string | undefined>>
): string {
  return template.replace(
    /\{\{([a-z_]+)\}\}/g,
    // Own keys only: a template's `{{constructor}}` is not Object.prototype's.
    (placeholder, name: string) =>
      (Object.hasOwn(values, name) ? values[name] : undefined) ?? placeholder
  )
}
