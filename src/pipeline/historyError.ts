/** Git history the weekly report cannot do without. */
export class HistoryError extends Error {
  override name = 'HistoryError'
}
