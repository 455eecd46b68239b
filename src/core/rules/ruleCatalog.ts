/** How serious a finding is; `error` fails `planmark check` by default. */
export type Severity = 'error' | 'warning' | 'info'

/** A rule's default severity and the one-line reason it exists (docs/rules.md has the rest). */
export interface RuleInfo {
  severity: Severity
  summary: string
}

/** Every rule planmark reports, by id. */
export const ruleCatalog = {
  'status-completed-unchecked': {
    severity: 'error',
    summary: 'A plan claims COMPLETED while success criteria or steps are unchecked.'
  },
  'success-rate-mismatch': {
    severity: 'warning',
    summary: 'The self-reported success rate differs from the fraction of checked items.'
  },
  'phase-complete-unchecked': {
    severity: 'warning',
    summary: 'A phase is marked complete while some of its steps are unchecked.'
  },
  'parent-child-mismatch': {
    severity: 'warning',
    summary:
      'A checked item has unchecked children, or an unchecked item has only checked children.'
  },
  'phase-end-before-start': { severity: 'error', summary: 'A phase ends before it starts.' },
  'duration-mismatch': {
    severity: 'warning',
    summary: 'The stated total duration disagrees with the phase timestamps.'
  },
  'unknown-category': {
    severity: 'warning',
    summary: 'The task category is not a known category.'
  },
  'unknown-agent': {
    severity: 'warning',
    summary: 'The agent is not in the configured alias map.'
  },
  'invalid-value': {
    severity: 'warning',
    summary: 'A status, level, number, duration or date could not be understood.'
  },
  'review-plan-missing': {
    severity: 'error',
    summary: 'A review or analysis links a plan that does not exist.'
  },
  'duplicate-plan-id': { severity: 'error', summary: 'Two plans state the same plan id.' },
  'review-claim-mismatch': {
    severity: 'warning',
    summary:
      "A review's success rate for a category differs from the agent's verified success there."
  },
  'unknown-prompt': {
    severity: 'warning',
    summary: 'A plan names a prompt id or version that no prompt file states.'
  },
  'prompt-version-unbumped': {
    severity: 'warning',
    summary: 'A prompt file changed without a new version.'
  },
  'non-github-checkbox': {
    severity: 'warning',
    summary: 'A `[/]`, `[~]` or `[-]` item: GitHub shows it as text, so it is counted apart.'
  },
  'lost-task': {
    severity: 'warning',
    summary:
      'A task line GitHub renders as paragraph text (ordered list not starting at 1 after a paragraph).'
  },
  'claim-contradiction': {
    severity: 'warning',
    summary: 'Text claims a count or a done state that the checkboxes contradict.'
  },
  'template-placeholder': {
    severity: 'warning',
    summary: 'A template placeholder was left in the document.'
  },
  'agent-mismatch': {
    severity: 'warning',
    summary: "The plan names an agent that its commits' trailers, authors or branch contradict."
  },
  'timeline-contradicts-git': {
    severity: 'warning',
    summary:
      "A plan's stated time or timestamps are impossible given the commits that recorded them."
  },
  'front-matter-invalid': { severity: 'error', summary: 'The YAML front matter cannot be read.' },
  'schema-violation': {
    severity: 'error',
    summary:
      'The extracted document does not satisfy its JSON Schema (usually a missing or malformed field).'
  },
  'file-unreadable': {
    severity: 'error',
    summary: 'The file cannot be read as a document: binary, not UTF-8, too large or unreadable.'
  },
  'file-empty': { severity: 'warning', summary: 'The file is empty.' },
  'merge-conflict': {
    severity: 'error',
    summary:
      'The file holds an unresolved merge conflict (`<<<<<<<`, `=======`, `>>>>>>>`); neither side is counted.'
  },
  'file-too-complex': {
    severity: 'error',
    summary:
      'The file nests deeper than the parser can follow in bounded time and memory, or the parser could not finish it; it was not analysed.'
  }
} as const satisfies Record<string, RuleInfo>

/** A rule id planmark knows. */
export type RuleId = keyof typeof ruleCatalog
