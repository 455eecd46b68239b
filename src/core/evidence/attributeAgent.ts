import { normalizeAgent } from '../normalize/normalizeAgent.js'
import type { AgentSignature as ConfiguredSignature, AgentSource } from '../types/generated.js'
import { agentSignatures, type AgentSignature } from './agentSignatures.js'
import type { GitCommit } from './gitCommit.js'

/** The agent git names for a plan, the kind of evidence, and the commit that shows it. */
export interface Attribution {
  agent: string
  source: Exclude<AgentSource, 'document'>
  commit: string
}

const kinds = ['trailer', 'author', 'branch'] as const

/**
 * The agent the commits of a plan name (oldest commit first): the
 * configuration's signatures first, then the built-in trailers, then bot or
 * aider authors, then merged branch names, each kind over every commit before
 * the next kind, so one co-author trailer outranks a branch name. The name is
 * mapped through the configured aliases. Undefined when nothing matches.
 */
export function attributeAgent(
  commits: readonly GitCommit[],
  configured: readonly ConfiguredSignature[],
  aliases: Readonly<Record<string, readonly string[]>>
): Attribution | undefined {
  for (const commit of commits)
    for (const signature of configured)
      if (matchesConfigured(commit, signature))
        return {
          agent: normalizeAgent(signature.agent, aliases),
          source: 'configuration',
          commit: commit.commit
        }
  for (const kind of kinds)
    for (const commit of commits)
      for (const signature of agentSignatures)
        if (signature.source === kind && matchesBuiltIn(commit, signature))
          return {
            agent: normalizeAgent(signature.agent, aliases),
            source: kind,
            commit: commit.commit
          }
  return undefined
}

/**
 * Whether git's agent and the document's are the same agent: equal after the
 * aliases, or git's plain name is one word of the document's
 * (`claude` in `claude-sonnet-4`, `codex` in `gpt-5-codex`), since git names
 * the tool and a document often names the model.
 */
export function sameAgent(documentAgent: string, gitAgent: string): boolean {
  return documentAgent === gitAgent || documentAgent.split('-').includes(gitAgent)
}

function people(commit: GitCommit) {
  return [
    { name: commit.authorName, email: commit.authorEmail },
    { name: commit.committerName, email: commit.committerEmail }
  ]
}

function matchesBuiltIn(commit: GitCommit, signature: AgentSignature): boolean {
  if (signature.source === 'branch')
    return (
      signature.branch !== undefined && (commit.mergedBranch ?? '').startsWith(signature.branch)
    )
  const candidates = signature.source === 'trailer' ? commit.coAuthors : people(commit)
  return candidates.some(
    (person) =>
      (signature.email !== undefined && person.email.toLowerCase() === signature.email) ||
      (signature.name !== undefined && person.name.toLowerCase() === signature.name) ||
      (signature.nameSuffix !== undefined &&
        person.name.toLowerCase().trimEnd().endsWith(signature.nameSuffix))
  )
}

function matchesConfigured(commit: GitCommit, signature: ConfiguredSignature): boolean {
  if (signature.branch !== undefined)
    return (commit.mergedBranch ?? '').startsWith(signature.branch)
  return [...commit.coAuthors, ...people(commit)].some(
    (person) =>
      (signature.email !== undefined &&
        person.email.toLowerCase() === signature.email.toLowerCase()) ||
      (signature.name !== undefined && person.name.toLowerCase() === signature.name.toLowerCase())
  )
}
