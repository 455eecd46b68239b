import { mean } from '../stats/mean.js'
import { round } from '../stats/round.js'
import { newcombeInterval } from '../stats/newcombeInterval.js'
import { probabilityGreater } from '../stats/probabilityGreater.js'
import type {
  PlanRecord,
  PromptDelta,
  PromptMetrics,
  PromptVersionMetrics,
  Rate
} from '../types/generated.js'
import { compareText } from './analysedPlans.js'
import { compareVersions } from './compareVersions.js'
import { verdictThreshold } from './recommend.js'
import { usage } from './usage.js'
import { verifiedRate } from './verifiedRate.js'

/** A prompt version a prompt file states, now or in its git history. */
export interface KnownPrompt {
  id: string
  version: string
  path: string
  /** The blobs of the file that stated this version. */
  blobIds: string[]
}

/**
 * Per prompt and version: how many plans used it, their verified success and
 * quality, per agent, and the change against the previous version. Versions
 * plans name but no prompt file states are kept with `known: false`.
 */
export function promptEffectiveness(
  records: readonly PlanRecord[],
  known: readonly KnownPrompt[]
): PromptMetrics[] {
  const uses = records.flatMap((record) =>
    record.prompts.map((reference) => ({ record, ...parseReference(reference) }))
  )
  const ids = [
    ...new Set([...known.map((prompt) => prompt.id), ...uses.map((use) => use.id)])
  ].sort(compareText)
  return ids.map((id) => {
    const versions = [
      ...new Set([
        ...known.filter((prompt) => prompt.id === id).map((prompt) => prompt.version),
        ...uses.filter((use) => use.id === id).map((use) => use.version)
      ])
    ].sort(compareVersions)
    // The previous version's exact figures: a change is rounded once, not taken between rounded means.
    let previous:
      | { version: string; verified: Rate; successRate: number | null; selfMean: number | null }
      | undefined
    const metrics = versions.map((version) => {
      const plans = uses
        .filter((use) => use.id === id && use.version === version)
        .map((use) => use.record)
      const file = known.find((prompt) => prompt.id === id && prompt.version === version)
      const selfScores = plans.flatMap((record) =>
        record.quality.self === undefined ? [] : [record.quality.self]
      )
      const self = mean(selfScores)
      const verified = verifiedRate(plans)
      const current = {
        version,
        verified,
        successRate: verified.n > 0 ? verified.successes / verified.n : null,
        selfMean:
          selfScores.length > 0
            ? selfScores.reduce((sum, score) => sum + score, 0) / selfScores.length
            : null
      }
      const entry: PromptVersionMetrics = {
        version,
        known: file !== undefined,
        blobIds: [
          ...new Set(
            known
              .filter((prompt) => prompt.id === id && prompt.version === version)
              .flatMap((prompt) => prompt.blobIds)
          )
        ].sort(),
        plans: plans.length,
        verified,
        quality: {
          self,
          reviewer: mean(
            plans.flatMap((record) =>
              record.quality.reviewer === undefined ? [] : [record.quality.reviewer]
            )
          )
        },
        usage: usage(plans),
        agents: [...new Set(plans.flatMap((record) => (record.agent ? [record.agent] : [])))]
          .sort(compareText)
          .map((agent) => {
            const own = plans.filter((record) => record.agent === agent)
            return { agent, plans: own.length, verified: verifiedRate(own) }
          }),
        deltaToPrevious: previous
          ? {
              previousVersion: previous.version,
              ...versionChange(verified, previous.verified),
              verifiedRate: difference(current.successRate, previous.successRate),
              selfQuality: difference(current.selfMean, previous.selfMean)
            }
          : null
      }
      if (file) entry.path = file.path
      previous = current
      return entry
    })
    return { id, versions: metrics }
  })
}

/** `id@version` → its parts; a reference without a version stands for version `unversioned`. */
function parseReference(reference: string): { id: string; version: string } {
  const at = reference.lastIndexOf('@')
  return at > 0
    ? { id: reference.slice(0, at), version: reference.slice(at + 1) }
    : { id: reference, version: 'unversioned' }
}

function difference(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : round(current - previous)
}

/** A version's change in verified success: its interval, the probability it is better, and the verdict. */
function versionChange(
  current: Rate,
  previous: Rate
): Pick<PromptDelta, 'verifiedRateInterval' | 'probabilityBetter' | 'verdict'> {
  if (current.n === 0 || previous.n === 0)
    return { verifiedRateInterval: null, probabilityBetter: null, verdict: 'cant_tell' }
  const probability = probabilityGreater(current, previous)
  const { lower, upper } = newcombeInterval(current, previous)
  return {
    verifiedRateInterval: { lower: round(lower), upper: round(upper) },
    probabilityBetter: round(probability),
    verdict:
      probability >= verdictThreshold
        ? 'better'
        : 1 - probability >= verdictThreshold
          ? 'worse'
          : 'cant_tell'
  }
}
