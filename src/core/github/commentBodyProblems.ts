import type { Nodes } from 'mdast'
import { parseMarkdown } from '../parseMarkdown.js'

/** HTML planmark's comment uses: its collapsible phase tables and its marker. */
const allowedHtml = /<\/?(?:details|summary)>|<!-- planmark:pull-request-comment -->/g

/**
 * What a pull-request comment from an untrusted run holds that planmark's own
 * renderer never writes: images, links off the repository, HTML beyond
 * `<details>` and `<summary>`, and mentions, references or bare addresses
 * that are not defused. The fork-safe mode posts a body only when this is
 * empty, so a forged artifact cannot make the bot ping, link or embed.
 */
export function commentBodyProblems(body: string, repositoryUrl: string): string[] {
  const problems = new Set<string>()
  const checkText = (text: string) => {
    if (/(?:^|[^\w\u200b])@[\w-]/.test(text.replaceAll('@\u200b', ''))) problems.add('a mention')
    if (/#\d|(?<![a-z\d])gh-\d/i.test(text)) problems.add('an issue reference')
    if (/\b(?:https?|ftp):\/\/|\bwww\./i.test(text)) problems.add('a bare address')
  }
  const visit = (node: Nodes) => {
    if (node.type === 'image' || node.type === 'imageReference') problems.add('an image')
    if (node.type === 'link' && !node.url.startsWith(`${repositoryUrl}/`))
      problems.add(`a link off ${repositoryUrl}`)
    if (node.type === 'definition') problems.add('a link definition')
    if (node.type === 'html') {
      const rest = node.value.replace(allowedHtml, '')
      if (rest.includes('<')) problems.add('HTML other than <details> and <summary>')
      checkText(rest)
    }
    if (node.type === 'text' || node.type === 'inlineCode' || node.type === 'code')
      checkText(node.value)
    if ('children' in node) for (const child of node.children) visit(child)
  }
  visit(parseMarkdown(body))
  return [...problems]
}
