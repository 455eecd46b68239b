import type { Nodes, Table } from 'mdast'
import { toString } from 'mdast-util-to-string'
import type { Position } from 'unist'
import { visit } from 'unist-util-visit'
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
    visit(node, 'table', (table: Table) => {
      const [header, ...body] = table.children
      const keys = (header?.children ?? []).map((cell) => normalizeKey(toString(cell)))
      if (!columns.every((column) => keys.includes(column))) return
      for (const row of body) {
        const cells: Record<string, string> = {}
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
