import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, test } from 'vitest'
import { parse } from 'yaml'
import { workflowTemplates } from '../src/cli/initCommand.js'

const root = new URL('..', import.meta.url).pathname

interface Step {
  uses?: string
  with?: Record<string, string>
}
interface Workflow {
  name: string
  on: Record<string, unknown>
  permissions: Record<string, string>
  concurrency?: { group: string }
  jobs: Record<string, { steps: Step[] }>
}

const read = (path: string) => readFileSync(join(root, path), 'utf8')
const workflow = (name: string) => parse(read(`templates/workflows/${name}`)) as Workflow
const actionInputs = Object.keys(
  (parse(read('action.yml')) as { inputs: Record<string, unknown> }).inputs
)
const steps = (flow: Workflow) => Object.values(flow.jobs).flatMap((job) => job.steps)

describe('the workflows a user copies', () => {
  test('examples/workflows shows exactly what init writes', () => {
    expect(readdirSync(join(root, 'templates/workflows')).sort()).toEqual(
      [...workflowTemplates].sort()
    )
    for (const name of workflowTemplates)
      expect(read(`examples/workflows/${name}`), name).toBe(read(`templates/workflows/${name}`))
  })

  test.each([
    ['planmark-pull-request.yml', { contents: 'read' }],
    ['planmark-comment.yml', { actions: 'read', 'pull-requests': 'write' }],
    ['planmark-push.yml', { contents: 'write' }],
    ['planmark-weekly.yml', { contents: 'write', issues: 'write' }]
  ])('%s asks for the least it needs, in a concurrency group', (name, permissions) => {
    const flow = workflow(name)
    expect(flow.permissions).toEqual(permissions)
    expect(flow.concurrency?.group).toMatch(/^planmark-/)
  })

  test('every planmark step uses inputs the Action has', () => {
    for (const name of workflowTemplates)
      for (const step of steps(workflow(name)).filter((s) =>
        s.uses?.startsWith('planmark/planmark@')
      ))
        for (const input of Object.keys(step.with ?? {}))
          expect(actionInputs, `${name}: ${input}`).toContain(input)
  })

  test('the comment workflow follows the pull-request workflow and downloads what it uploads', () => {
    const pull = workflow('planmark-pull-request.yml')
    const comment = workflow('planmark-comment.yml')
    expect((comment.on.workflow_run as { workflows: string[] }).workflows).toEqual([pull.name])
    const upload = steps(pull).find((step) => step.uses?.startsWith('actions/upload-artifact@'))
    const download = steps(comment).find((step) =>
      step.uses?.startsWith('actions/download-artifact@')
    )
    expect(download?.with?.name).toBe(upload?.with?.name)
    const written = steps(pull).find((step) => step.uses?.startsWith('planmark/'))?.with?.[
      'comment-file'
    ]
    expect(upload?.with?.path).toBe(written)
    expect(
      steps(comment).find((step) => step.uses?.startsWith('planmark/'))?.with?.['comment-file']
    ).toBe(written)
  })

  test("the project's CI runs the Action from this checkout", () => {
    const ci = parse(read('.github/workflows/ci.yml')) as Workflow
    expect(steps(ci).some((step) => step.uses === './')).toBe(true)
  })
})
