// What `npm i planmark` costs a user: packs this checkout, installs the tarball
// into an empty project and measures node_modules (bytes of every file, and
// packages). npm's warnings are kept: an EBADENGINE there means the package's
// tree does not support the Node versions it promises.
// `node bench/installedSize.js` prints it; `npm run bench` includes it.
import { execFileSync, spawnSync } from 'node:child_process'
import { lstatSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

function bytesUnder(dir) {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    total += entry.isDirectory() ? bytesUnder(path) : lstatSync(path).size
  }
  return total
}

/** Installs the packed package into a fresh folder: size in MB, package count, npm's warnings. */
export function installedSize() {
  const work = mkdtempSync(join(tmpdir(), 'planmark-install-'))
  try {
    const [pack] = JSON.parse(
      execFileSync('npm', ['pack', '--json', '--pack-destination', work], {
        cwd: root,
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore']
      })
    )
    const project = join(work, 'project')
    execFileSync('mkdir', [project])
    writeFileSync(join(project, 'package.json'), '{ "name": "fresh", "private": true }\n')
    // The registry cache first: the measure is of the tree, not of the network.
    const install = spawnSync(
      'npm',
      ['install', '--prefer-offline', '--no-audit', '--no-fund', join(work, pack.filename)],
      { cwd: project, encoding: 'utf8' }
    )
    if (install.status !== 0) throw new Error(`npm install failed: ${install.stderr}`)
    const modules = join(project, 'node_modules')
    const packages = execFileSync('npm', ['ls', '--all', '--parseable'], {
      cwd: project,
      encoding: 'utf8'
    })
      .split('\n')
      .filter((line) => line.includes('node_modules')).length
    return {
      megabytes: bytesUnder(modules) / 1e6,
      packages,
      tarballMegabytes: pack.size / 1e6,
      warnings: install.stderr
        .split('\n')
        .filter((line) => /npm warn/i.test(line))
        .map((line) => line.replace(/^npm warn\s*/i, '')),
      node: process.version
    }
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const result = installedSize()
  process.stdout.write(
    `planmark installed: ${result.megabytes.toFixed(1)} MB in ${result.packages} packages (tarball ${result.tarballMegabytes.toFixed(2)} MB), Node ${result.node}\n`
  )
  for (const warning of result.warnings) process.stdout.write(`  npm warn ${warning}\n`)
}
