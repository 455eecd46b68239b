import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { build, type BuildOptions, type Metafile } from 'esbuild'
import { expect, test } from 'vitest'
import { bundleOptions, libraryOptions } from '../scripts/buildOptions.js'
import * as source from '../src/index.js'

const root = new URL('..', import.meta.url).pathname
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'))

test('the built library exports what the source exports, with declarations', async () => {
  execFileSync(process.execPath, ['scripts/build-lib.js'], { cwd: root, stdio: 'pipe' })
  const entry = manifest.exports['.']
  expect(existsSync(join(root, entry.types))).toBe(true)
  const built = await import(join(root, entry.default))
  expect(Object.keys(built).sort()).toEqual(Object.keys(source).sort())
  const parsed = built.parseDocument('- [x] a\n- [ ] b\n', { path: 'todo.md' })
  expect(parsed.document.checkboxes).toMatchObject({ checked: 1, unchecked: 1 })
}, 60_000)

test('the package ships the library, the CLI, the schemas and the templates', () => {
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    })
  )
  const files = pack.files.map((file: { path: string }) => file.path)
  expect(files).toEqual(
    expect.arrayContaining([
      'lib/index.js',
      'lib/types/src/index.d.ts',
      manifest.bin.planmark,
      'schemas/plan.schema.json',
      'schemas/config.schema.json'
    ])
  )
  expect(files.some((file: string) => file.startsWith('templates/'))).toBe(true)
  expect(
    files.some((file: string) => file.startsWith('__tests__/') || file.startsWith('src/'))
  ).toBe(false)
}, 60_000)

/** The packages a build leaves as imports (bare specifiers, by package name), from esbuild's metafile. */
async function externalPackages(options: BuildOptions): Promise<string[]> {
  const result = await build({ ...options, write: false, metafile: true, logLevel: 'silent' })
  const names = new Set<string>()
  for (const output of Object.values(result.metafile.outputs))
    for (const imported of output.imports) {
      if (!imported.external || imported.path.startsWith('node:')) continue
      const parts = imported.path.split('/')
      names.add(parts.slice(0, imported.path.startsWith('@') ? 2 : 1).join('/'))
    }
  return [...names].sort()
}

test('the runtime dependencies are exactly what the library imports; the Action’s are dev-only', async () => {
  expect(await externalPackages(libraryOptions(root))).toEqual(
    Object.keys(manifest.dependencies).sort()
  )
  expect(Object.keys(manifest.dependencies)).not.toContain('@actions/core')
  expect(Object.keys(manifest.devDependencies)).toEqual(
    expect.arrayContaining(['@actions/core', '@actions/github'])
  )
}, 60_000)

test('the CLI and Action bundles carry every dependency: they import Node built-ins only', async () => {
  const { builtinModules } = await import('node:module')
  for (const options of bundleOptions(root)) {
    const imports = await externalPackages({ ...options, packages: undefined })
    expect(imports.filter((name) => !builtinModules.includes(name))).toEqual([])
  }
}, 60_000)

test('no build carries Ajv: the schemas are compiled ahead of time (scripts/generate-validators.js)', async () => {
  for (const options of bundleOptions(root)) {
    const result = await build({ ...options, write: false, metafile: true, logLevel: 'silent' })
    const inputs = Object.keys(result.metafile.inputs)
    expect(inputs.filter((input) => input.includes('node_modules/ajv/'))).toEqual([])
  }
  expect(await externalPackages(libraryOptions(root))).not.toContain('ajv')
  expect(Object.keys(manifest.dependencies)).not.toContain('ajv')
}, 60_000)

test('no runtime dependency asks for a Node newer than the 20 the package promises', () => {
  expect(manifest.engines.node).toBe('>=20')
  const tree = execFileSync('npm', ['ls', '--omit=dev', '--all', '--parseable'], {
    cwd: root,
    encoding: 'utf8'
  })
  const tooNew = tree
    .split('\n')
    .filter((path) => path.includes('node_modules'))
    .flatMap((path) => {
      const engine = JSON.parse(readFileSync(join(path, 'package.json'), 'utf8')).engines?.node
      const minimum = /^\s*>=?\s*(\d+)/.exec(String(engine ?? ''))?.[1]
      return minimum && Number(minimum) > 20 ? [`${path}: ${engine}`] : []
    })
  expect(tooNew).toEqual([])
}, 60_000)

test('the package says where it lives, is MIT with its LICENSE, ships docs/ and leaves the Action out', () => {
  expect(manifest.license).toBe('MIT')
  expect(manifest.repository.url).toContain('github.com/planmark/planmark')
  expect(manifest.homepage).toMatch(/^https:\/\/github\.com\/planmark\/planmark/)
  expect(manifest.bugs.url).toBe('https://github.com/planmark/planmark/issues')
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    })
  )
  const files = pack.files.map((file: { path: string }) => file.path)
  // report.md links docs/metrics.md; the parse worker sits beside the CLI bundle.
  expect(files).toEqual(
    expect.arrayContaining(['LICENSE', 'docs/metrics.md', 'dist/cli.js', 'dist/parse-worker.js'])
  )
  expect(files).not.toContain('dist/index.js')
}, 60_000)

test('the package ships every file of the CLI build (its chunks too) and none of the Action’s', async () => {
  const [cli = [], action = []] = await Promise.all(
    bundleOptions(root).map(async (options) => {
      const result = await build({ ...options, write: false, metafile: true, logLevel: 'silent' })
      return Object.keys(result.metafile.outputs)
    })
  )
  const [pack] = JSON.parse(
    execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore']
    })
  )
  const shipped = pack.files
    .map((file: { path: string }) => file.path)
    .filter((path: string) => path.startsWith('dist/'))
  // `npm run build` first: the package holds dist/ as built.
  expect(shipped.sort()).toEqual(cli.sort())
  expect(action.some((path) => path.startsWith('dist/action-'))).toBe(true)
}, 60_000)

/** The source files an output evaluates before its code runs: its own and its static imports', transitively. */
function loadedUpFront(metafile: Metafile, output: string, seen = new Set<string>()): string[] {
  if (seen.has(output)) return []
  seen.add(output)
  const { inputs, imports } = metafile.outputs[output] ?? { inputs: {}, imports: [] }
  return [
    ...Object.keys(inputs),
    ...imports
      .filter((imported) => imported.kind === 'import-statement' && !imported.external)
      .flatMap((imported) => loadedUpFront(metafile, imported.path, seen))
  ]
}

test('modes load their code when they run: the Action’s check no GitHub API client, the CLI’s --version no command', async () => {
  const [cli, action] = await Promise.all(
    bundleOptions(root).map(
      async (options) =>
        (await build({ ...options, write: false, metafile: true, logLevel: 'silent' })).metafile
    )
  )
  const actionStart = loadedUpFront(action!, 'dist/index.js')
  expect(actionStart).toContain('src/action/checkStep.ts')
  expect(
    actionStart.filter((input) => /githubApi|@octokit|undici|commitStep|weeklyStep/.test(input))
  ).toEqual([])
  const cliStart = loadedUpFront(cli!, 'dist/cli.js')
  expect(cliStart).toContain('src/cli/run.ts')
  expect(cliStart.filter((input) => /Command\.ts$|node_modules/.test(input))).toEqual([])
}, 60_000)
