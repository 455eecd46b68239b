import type { Nodes, Parent } from 'mdast'

/**
 * Calls `visitor` on `node` and every descendant, depth first in document
 * order, with the parent. A plain walk: planmark's hot path does not need the
 * ancestor lists `unist-util-visit` builds at every node.
 */
export function walk(
  node: Nodes,
  visitor: (node: Nodes, parent: Parent | undefined) => void
): void {
  const stack: Array<[Nodes, Parent | undefined]> = [[node, undefined]]
  while (stack.length > 0) {
    const [current, parent] = stack.pop() as [Nodes, Parent | undefined]
    visitor(current, parent)
    if ('children' in current) {
      const children = current.children as Nodes[]
      for (let index = children.length - 1; index >= 0; index--)
        stack.push([children[index] as Nodes, current as Parent])
    }
  }
}
