/** The hidden marker that finds the issue of an ISO week again. */
export function weeklyIssueMarker(week: string): string {
  return `<!-- planmark:weekly-report ${week} -->`
}

/** The largest issue body planmark writes, under GitHub's 65,536 characters. */
const maxBody = 60_000

/**
 * The weekly issue's title and body: the weekly report, cut at a line when it
 * would not fit with a note pointing at the full file, then the marker.
 */
export function weeklyIssue(
  week: string,
  report: string,
  reportPath: string
): { title: string; body: string } {
  const marker = weeklyIssueMarker(week)
  let text = report.trimEnd()
  if (text.length > maxBody) {
    const cut = text.lastIndexOf('\n', maxBody)
    text = `${text.slice(0, cut > 0 ? cut : maxBody)}\n\n_The report is longer than an issue can hold; the full report is ${reportPath} in the repository._`
  }
  return { title: `planmark weekly report ${week}`, body: `${text}\n\n${marker}\n` }
}
