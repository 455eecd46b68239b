/**
 * Breaks what GitHub links after rendering, with a zero-width space: `@mentions`,
 * `#123` and `GH-123` references (any case) and bare `https://` or `www.` addresses. The words still
 * read the same; nobody is pinged and nothing links.
 */
export function defuseAutolinks(text: string): string {
  return text
    .replace(/@(?=\w)/g, '@\u200b')
    .replace(/#(?=\d)/g, '#\u200b')
    .replace(/(?<![a-z\d])gh-(?=\d)/gi, '$&\u200b')
    .replace(/:\/\//g, ':\u200b//')
    .replace(/\bwww\./gi, (www) => `${www.slice(0, 3)}\u200b.`)
}
