/** A commit as the evidence readers see it: who made it, when, and the co-authors its trailers name. */
export interface GitCommit {
  commit: string
  authorName: string
  authorEmail: string
  committerName: string
  committerEmail: string
  /** The author date in UTC (`YYYY-MM-DDTHH:MM:SSZ`): a rebase keeps it, unlike the committer date. */
  date: string
  /** The author's own UTC offset in minutes, to read timestamps a plan states without a zone. */
  offsetMinutes: number
  /** `Co-authored-by` trailers, as `Name <email>`. */
  coAuthors: Array<{ name: string; email: string }>
  /** The branch of the merge commit that brought this commit into the history, when one names it. */
  mergedBranch?: string
}

/** One change of a plan file: the commit and the blobs before and after it (no `before` when it created the file). */
export interface PlanRevision {
  commit: string
  blobId: string
  before?: string
  /** How many plan files the commit changed: an import or a mass rename names no agent. */
  plansInCommit: number
}
