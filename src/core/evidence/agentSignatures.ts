import type { AgentSource } from '../types/generated.js'

/** A git signature of an agent, and what kind of evidence a match is. */
export interface AgentSignature {
  agent: string
  source: Exclude<AgentSource, 'document' | 'configuration'>
  /** Exact co-author or account email (lower case). */
  email?: string
  /** Exact co-author or account name (lower case). */
  name?: string
  /** A suffix of the author or committer name. */
  nameSuffix?: string
  /** A prefix of the merged branch. */
  branch?: string
  /** The public source the signature was checked against. */
  checkedAgainst: string
}

/**
 * The signatures planmark knows, each checked against a public source (the
 * URL beside it). Agents are named plainly (`claude`, `cursor`…); the
 * configuration's aliases map them to its own names. Order matters only
 * between kinds: a trailer outranks an author, an author a branch.
 */
export const agentSignatures: readonly AgentSignature[] = [
  // Claude Code appends `Co-Authored-By: Claude <noreply@anthropic.com>` (the name may carry the model).
  {
    agent: 'claude',
    source: 'trailer',
    email: 'noreply@anthropic.com',
    checkedAgainst: 'https://github.com/anthropics/claude-code/issues/9224'
  },
  // Cursor's agent adds `Co-authored-by: Cursor <cursoragent@cursor.com>` and commits as `Cursor Agent`.
  {
    agent: 'cursor',
    source: 'trailer',
    email: 'cursoragent@cursor.com',
    checkedAgainst: 'https://github.com/block/aittributor/pull/15'
  },
  {
    agent: 'cursor',
    source: 'author',
    email: 'cursoragent@cursor.com',
    checkedAgainst: 'https://github.com/Jiangki/ledge/pull/11'
  },
  // aider: `Co-authored-by: aider (<model>) <noreply@aider.chat>`, and `(aider)` after the author's name.
  {
    agent: 'aider',
    source: 'trailer',
    email: 'noreply@aider.chat',
    checkedAgainst: 'https://deepwiki.com/Aider-AI/aider/4.3-git-integration'
  },
  {
    agent: 'aider',
    source: 'author',
    nameSuffix: '(aider)',
    checkedAgainst: 'https://deepwiki.com/Aider-AI/aider/4.3-git-integration'
  },
  // GitHub's Copilot coding agent (a bot distinct from copilot[bot], the suggestions account).
  {
    agent: 'copilot',
    source: 'author',
    name: 'copilot-swe-agent[bot]',
    checkedAgainst: 'https://github.com/posit-dev/ark/pull/1000'
  },
  // Devin's and Jules's GitHub apps; PRarena counts their pull requests by these authors.
  {
    agent: 'devin',
    source: 'author',
    name: 'devin-ai-integration[bot]',
    checkedAgainst: 'https://github.com/aavetis/PRarena/blob/main/collect_data.py'
  },
  {
    agent: 'jules',
    source: 'author',
    name: 'google-labs-jules[bot]',
    checkedAgainst: 'https://github.com/aavetis/PRarena/blob/main/collect_data.py'
  },
  // Branch prefixes the agents' pull requests use (PRarena counts them by `head:<prefix>`).
  {
    agent: 'codex',
    source: 'branch',
    branch: 'codex/',
    checkedAgainst: 'https://github.com/aavetis/PRarena/blob/main/collect_data.py'
  },
  {
    agent: 'cursor',
    source: 'branch',
    branch: 'cursor/',
    checkedAgainst: 'https://github.com/aavetis/PRarena/blob/main/collect_data.py'
  },
  {
    agent: 'copilot',
    source: 'branch',
    branch: 'copilot/',
    checkedAgainst: 'https://www.skills.sh/github/gh-aw/github-copilot-agent-tips-and-tricks'
  }
]
