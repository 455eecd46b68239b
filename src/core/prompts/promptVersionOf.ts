import { isMap, isScalar, parseDocument } from 'yaml'
import { normalizeKey } from '../normalize/normalizeKey.js'
import { scalarText } from '../tree/scalarText.js'

/**
 * The `version` a prompt's YAML front matter states, as written: read the
 * same way as from the working tree (`2.0` stays `2.0`), without parsing the
 * Markdown. Undefined when there is none or the YAML is invalid.
 */
export function promptVersionOf(source: string): string | undefined {
  const frontMatter = /^(?:\ufeff)?---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/.exec(source)?.[1]
  if (frontMatter === undefined) return undefined
  const document = parseDocument(frontMatter, { uniqueKeys: true, prettyErrors: false })
  if (document.errors.length > 0 || !isMap(document.contents)) return undefined
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key) || normalizeKey(String(pair.key.value)) !== 'version') continue
    return isScalar(pair.value) && pair.value.value !== null
      ? scalarText(pair.value, frontMatter) || undefined
      : undefined
  }
  return undefined
}
