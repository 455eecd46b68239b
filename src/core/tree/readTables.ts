import type { Nodes } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Position } from 'unist'
import { walk } from './walk.js'
import { normalizeKey } from '../normalize/normalizeKey.js'

/** A table body row as cells keyed by their normalised column header. */
export interface TableRow {
  cells: Record<string, string>
  place?: Position
}

/** Reads every table in `nodes` whose header has all of `columns`, as rows keyed by header. */
export function readTables(nodes: readonly Nodes[], columns: readonly string[]): TableRow[] {
  const rows: TableRow[] = []
  for (const node of nodes) {
    walk(node, (table) => {
      if (table.type !== 'table') return
      const [header, ...body] = table.children
      const keys = (header?.children ?? []).map((cell) => normalizeKey(toString(cell)))
      if (!columns.every((column) => keys.includes(column))) return
      for (const row of body) {
        // No prototype: a column headed `constructor` or `__proto__` is a column like any other.
        const cells = Object.create(null) as Record<string, string>
        row.children.forEach((cell, index) => {
          const key = keys[index]
          if (key) cells[key] = toString(cell).trim()
        })
        rows.push({ cells, place: row.position })
      }
    })
  }
  return rows
}
