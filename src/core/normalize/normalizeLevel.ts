import type { Level } from '../types/generated.js'

/** Normalises LOW / MED / MEDIUM / HIGH (any case, emoji and punctuation ignored). */
export function normalizeLevel(text: string): Level | undefined {
  const word = text
    .toLowerCase()
    .replace(/[^a-z]+/g, ' ')
    .trim()
    .split(' ')[0]
  if (word === 'low') return 'low'
  if (word === 'med' || word === 'medium' || word === 'moderate') return 'medium'
  if (word === 'high') return 'high'
  return undefined
}
