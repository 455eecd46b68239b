import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, test } from 'vitest'
import { launchChromium } from './helpers/browser.js'
import { mermaidBlocks, renderMarkdown } from './helpers/renderMarkdown.js'
import { runCli } from './helpers/runCli.js'

const root = new URL('..', import.meta.url).pathname
const mermaidScript = join(root, 'node_modules/mermaid/dist/mermaid.min.js')

const hostilePlan = `# EXECUTION PLAN: <script>alert(1)</script> ![tracker](https://evil.invalid/x.png) @octocat

**Agent**: \`<img src=x onerror=alert(1)>\` @octocat  
**Start Time**: 2026-11-02T09:00:00Z  
**Estimated Duration**: 30 minutes  
**Task Category**: "]; graph TD; x-->y  
**Complexity**: low

## Success Criteria
- [x] done

## Final Status
- **Completion Status**: COMPLETED
`

/** Analyses a copy of the examples plus a hostile plan and returns report.md. */
async function reportWithHostilePlan(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'planmark-render-'))
  cpSync(join(root, 'examples'), dir, { recursive: true })
  writeFileSync(join(dir, 'agents/performance/execution_plans/2026-11-02_hostile.md'), hostilePlan)
  expect((await runCli(['analyze', '--cwd', dir])).code).toBe(0)
  return readFileSync(join(dir, 'agents/performance/reports/report.md'), 'utf8')
}

/** Renders every Mermaid block with the real Mermaid in the page; resolves the error messages. */
async function mermaidErrors(page: Page, blocks: string[]): Promise<string[]> {
  return page.evaluate(async (sources) => {
    const mermaid = (
      globalThis as unknown as {
        mermaid: {
          initialize(config: object): void
          render(id: string, text: string): Promise<{ svg: string }>
        }
      }
    ).mermaid
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' })
    const errors: string[] = []
    for (const [index, source] of sources.entries()) {
      try {
        const { svg } = await mermaid.render(`chart${index}`, source)
        if (!svg.includes('<svg')) errors.push(`chart ${index}: no SVG`)
      } catch (error) {
        errors.push(`chart ${index}: ${String(error)}`)
      }
    }
    return errors
  }, blocks)
}

describe('report.md renders on GitHub', () => {
  let browser: Browser
  let markdown: string
  beforeAll(async () => {
    browser = await launchChromium()
    markdown = await reportWithHostilePlan()
  }, 120_000)
  afterAll(async () => browser?.close())

  test('every table is a table and no document text became HTML, an image or a mention', async () => {
    const html = await renderMarkdown(markdown)
    const tables = markdown.split('\n').filter((line) => /^\| ?-+/.test(line)).length
    expect(tables).toBeGreaterThan(3)
    expect(html.match(/<table>/g)).toHaveLength(tables)
    expect(markdown).not.toMatch(/@octocat/)
    const page = await browser.newPage()
    await page.setContent(html)
    expect(await page.locator('img, script').count()).toBe(0)
    expect(await page.locator('body').innerText()).toContain('<img-src=x-onerror=alert(1)>')
    await page.close()
  })

  test('every Mermaid chart parses and renders, in the report and the weekly reports', async () => {
    const weeklyDir = join(root, 'examples/agents/performance/reports/weekly')
    const weeklies = readdirSync(weeklyDir).map((file) =>
      readFileSync(join(weeklyDir, file), 'utf8')
    )
    expect(weeklies.length).toBeGreaterThan(0)
    const blocks = [markdown, ...weeklies].flatMap(mermaidBlocks)
    expect(blocks.length).toBeGreaterThan(0)
    const page = await browser.newPage()
    await page.setContent('<!doctype html><html><body></body></html>')
    await page.addScriptTag({ path: mermaidScript })
    expect(await mermaidErrors(page, blocks)).toEqual([])
    expect(
      await mermaidErrors(page, ['xychart-beta\n  x-axis ["a" "b"]\n  bar [1, ]'])
    ).toHaveLength(1)
    await page.close()
  })
}, 180_000)
