import { rate } from '../stats/rate.js'
import type { PlanRecord, Rate } from '../types/generated.js'

/**
 * Evidenced successes out of the plans whose outcome evidence decides
 * (docs/metrics.md): `evidenced` plans succeed; `contradicted` plans and
 * verified failures fail; a success that is only `consistent` (git could not
 * confirm it) is left out rather than counted either way.
 */
export function evidencedRate(records: readonly PlanRecord[]): Rate {
  const decided = records.filter(
    (record) =>
      record.status.evidence === 'evidenced' ||
      record.status.evidence === 'contradicted' ||
      record.status.verified === 'failure'
  )
  return rate(
    decided.filter((record) => record.status.evidence === 'evidenced').length,
    decided.length
  )
}
