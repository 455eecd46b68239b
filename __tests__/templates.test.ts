import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { parseDocument } from '../src/core/parseDocument.js'

const templates = new URL('../templates/', import.meta.url).pathname

test.each(readdirSync(templates).filter((name) => name.endsWith('.md')))(
  'template %s is recognised and every placeholder is reported',
  (name) => {
    const source = readFileSync(join(templates, name), 'utf8')
    const { document, file } = parseDocument(source, { path: name })
    const kinds: Record<string, string> = {
      'execution-plan.md': 'plan',
      'plan-analysis.md': 'analysis',
      'agent-review.md': 'review',
      'prompt.md': 'prompt'
    }
    expect(document.kind).toBe(kinds[name])
    const placeholders = source.match(/\{\{[^{}\n]+\}\}/g) ?? []
    const reported = file.messages.filter((message) => message.ruleId === 'template-placeholder')
    expect(placeholders.length).toBeGreaterThan(0)
    expect(reported.length).toBe(placeholders.length)
  }
)
