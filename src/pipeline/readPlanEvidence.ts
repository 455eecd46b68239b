import { resolve } from 'node:path'
import { cacheKey } from '../adapters/documentCache.js'
import { gitAncestry, type Ancestry } from '../adapters/gitAncestry.js'
import { readBlobs } from '../adapters/gitHistory.js'
import { isInsideFolder } from '../adapters/isInsideFolder.js'
import { gitPlanLog } from '../adapters/gitPlanLog.js'
import { isShallowClone } from '../adapters/isShallowClone.js'
import { attributeAgent } from '../core/evidence/attributeAgent.js'
import { findRevert } from '../core/evidence/findRevert.js'
import type { GitCommit, PlanRevision } from '../core/evidence/gitCommit.js'
import type { PlanEvidence } from '../core/evidence/planEvidence.js'
import { planTimeline, type RevisionState } from '../core/evidence/planTimeline.js'
import { revisionState } from '../core/evidence/revisionState.js'
import { readsAsWorkingTree } from '../core/document/readsAsWorkingTree.js'
import { documentGlobs } from '../core/documentGlobs.js'
import type { ParsedDocument } from '../core/parseDocument.js'
import type { ResolvedConfig } from '../core/resolveConfig.js'
import { deserializeChecked, type SerializedDocument } from '../core/document/serializeChecked.js'
import { parseWhenNeeded } from './parseWhenNeeded.js'
import type { ParseJob } from './parseJob.js'

/**
 * What git history shows of each plan (by path), for the signals the
 * configuration leaves on: the agent its commits name, its timeline and
 * measured minutes, whether it reached the default branch and whether a
 * commit of it was reverted. Bounded: one `git log` over the plan paths
 * (per 64 KiB of them), one over the commit graph, one for reverts, and one
 * `git cat-file --batch` for the plans' past states, each parsed once, in
 * worker threads when there are many (a state over the guarded size is not
 * parsed here and measures nothing). A
 * shallow clone hides the history, so it gives no evidence, with a notice.
 */
export async function readPlanEvidence(
  cwd: string,
  parsed: readonly ParsedDocument[],
  config: ResolvedConfig,
  onNotice: (message: string) => void = () => undefined,
  history: KnownStates = { known: new Map(), keep: () => undefined }
): Promise<Map<string, PlanEvidence>> {
  const evidence = new Map<string, PlanEvidence>()
  const { attribution, timeline, outcomes } = config.evidence
  // A file named from outside the folder (`../plan.md`, `/srv/plan.md`) has no history in this repository.
  const plans = parsed.filter(
    (entry) =>
      entry.document.kind === 'plan' &&
      isInsideFolder(resolve(cwd), resolve(cwd, entry.document.identity.path))
  )
  if (plans.length === 0 || !(attribution || timeline || outcomes)) return evidence
  if (await isShallowClone(cwd)) {
    onNotice(
      'planmark: this is a shallow clone, so git cannot show who did the plans, how long they took or whether they held; plans.json records no git evidence. Fetch the history (actions/checkout with fetch-depth: 0, or git fetch --unshallow).'
    )
    return evidence
  }
  const log = await gitPlanLog(
    cwd,
    plans.map((plan) => plan.document.identity.path)
  )
  const ancestry: Ancestry =
    attribution || outcomes
      ? await gitAncestry(cwd, config.evidence.defaultBranch)
      : { mergedBranch: new Map(), onDefault: undefined, defaultRef: undefined, reverts: [] }
  const states = timeline
    ? await pastStates(cwd, plans, log.revisions, config, history)
    : new Map<string, RevisionState>()
  for (const plan of plans) {
    const path = plan.document.identity.path
    const revisions = [...(log.revisions.get(path) ?? [])].reverse()
    if (revisions.length === 0) continue
    const commitOf = (revision: PlanRevision): GitCommit | undefined => {
      const commit = log.commits.get(revision.commit)
      const branch = ancestry.mergedBranch.get(revision.commit)
      return commit && branch ? { ...commit, mergedBranch: branch } : commit
    }
    const entry: PlanEvidence = {
      commits: revisions.length,
      lastCommit: (revisions[revisions.length - 1] as PlanRevision).commit
    }
    if (attribution) {
      const own = revisions
        .filter((revision) => revision.plansInCommit <= config.evidence.maxPlansPerCommit)
        .flatMap((revision) => commitOf(revision) ?? [])
      const found = attributeAgent(own, config.agentSignatures, config.agents)
      if (found) entry.attribution = found
    }
    const current = revisionState(plan.document)
    if (timeline && current)
      entry.timeline = planTimeline(
        revisions.flatMap((revision) => {
          const commit = log.commits.get(revision.commit)
          if (!commit) return []
          const state =
            revision.blobId === plan.document.identity.blobId
              ? current
              : states.get(cacheKey(path, revision.blobId))
          return [
            {
              commit: revision.commit,
              date: commit.date,
              offsetMinutes: commit.offsetMinutes,
              ...(state ? { state } : {})
            }
          ]
        }),
        current
      )
    if (outcomes) {
      if (ancestry.onDefault) {
        const onDefault = ancestry.onDefault
        entry.reachedDefaultBranch = revisions.every((revision) => onDefault.has(revision.commit))
      }
      const revert = findRevert(
        revisions,
        ancestry.reverts,
        (commit) =>
          log.commits.get(commit)?.date ?? ancestry.reverts.find((r) => r.commit === commit)?.date,
        config.evidence.revertDays
      )
      if (revert) entry.revertedBy = revert
    }
    evidence.set(path, entry)
  }
  return evidence
}

/**
 * Checked states of blobs a history read may reuse instead of parsing
 * (`known`, by `cacheKey`: a check's and its cache's), and where it leaves
 * each state it used that may stand in the cache (`keep`).
 */
export interface KnownStates {
  known: ReadonlyMap<string, SerializedDocument>
  keep: (key: string, checked: SerializedDocument) => void
}

/**
 * Each past state of each plan, by path and blob: taken from `known` where
 * that blob was read as a plan at that path, else parsed once as the check
 * would parse it (the blobs read in one batch). Every state used is kept
 * (`keep`), a parsed one when it reads as the working tree would.
 */
async function pastStates(
  cwd: string,
  plans: readonly ParsedDocument[],
  revisions: ReadonlyMap<string, readonly PlanRevision[]>,
  config: ResolvedConfig,
  { known, keep }: KnownStates
): Promise<Map<string, RevisionState>> {
  const states = new Map<string, RevisionState>()
  const wanted = new Map<string, { path: string; blobId: string }>()
  for (const plan of plans) {
    const path = plan.document.identity.path
    for (const revision of revisions.get(path) ?? []) {
      if (revision.blobId === plan.document.identity.blobId) continue
      const key = cacheKey(path, revision.blobId)
      const recalled = known.get(key)
      const document = recalled?.parsed?.document
      const state = document?.kind === 'plan' ? revisionState(document) : undefined
      if (recalled && state) {
        states.set(key, state)
        keep(key, recalled)
      } else wanted.set(key, { path, blobId: revision.blobId })
    }
  }
  const blobs = await readBlobs(cwd, [...new Set([...wanted.values()].map((w) => w.blobId))])
  const globs = documentGlobs(config)
  const keys: string[] = []
  const jobs: ParseJob[] = []
  for (const [key, { path, blobId }] of wanted) {
    const source = blobs.get(blobId)
    if (source === undefined) continue
    keys.push(key)
    jobs.push({ path, source, blobId, kindHint: globs.kindHint(path) ?? 'plan' })
  }
  // Through the one guarded entry point, in workers when there are many, as the check does.
  const parsed = await parseWhenNeeded(jobs, config)
  parsed.forEach((result, index) => {
    const key = keys[index] as string
    const document = result.parsed ? deserializeChecked(result).parsed?.document : undefined
    const state = document ? revisionState(document) : undefined
    if (state) states.set(key, state)
    const job = jobs[index] as ParseJob
    // Kept only as the check would have parsed it: the same text, and the path's own kind hint.
    if (result.parsed && readsAsWorkingTree(job.source) && globs.kindHint(job.path) !== undefined)
      keep(key, result)
  })
  return states
}
