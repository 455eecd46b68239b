import type { getOctokit } from '@actions/github'
import { setTimeout as sleep } from 'node:timers/promises'

type Octokit = Pick<ReturnType<typeof getOctokit>, 'hook'>

interface ResponseFailure {
  status?: number
  response?: { headers?: Record<string, string | number | undefined> }
}

/** How long to wait before retrying a failed request, or undefined when it must not be retried. */
function retryDelay(error: ResponseFailure, method: string, attempt: number): number | undefined {
  const status = error.status
  const headers = error.response?.headers ?? {}
  const retryAfter = Number(headers['retry-after'])
  if (Number.isFinite(retryAfter) && retryAfter >= 0 && (status === 429 || status === 403))
    return retryAfter * 1000
  const rateLimited =
    status === 429 || (status === 403 && String(headers['x-ratelimit-remaining'] ?? '') === '0')
  if (rateLimited) {
    const reset = Number(headers['x-ratelimit-reset']) * 1000 - Date.now()
    return Number.isFinite(reset) && reset > 0 ? reset : backoff(attempt)
  }
  if (status !== undefined && status >= 500) return backoff(attempt)
  // A request that never got an answer is repeated only when repeating it is harmless.
  if (status === undefined && method !== 'POST') return backoff(attempt)
  return undefined
}

/** Exponential backoff with full jitter: 0.5 s, 1 s, 2 s, 4 s scaled by a random factor in [0.5, 1]. */
function backoff(attempt: number): number {
  return 500 * 2 ** attempt * (0.5 + Math.random() / 2)
}

const maxAttempts = 4
/** Waits longer than this fail the request at once: a job should not hang on a rate limit. */
const maxWaitMs = 60_000

/**
 * Retries an Octokit client's requests that GitHub asks to repeat (429 and
 * secondary rate limits, honouring `Retry-After`) or that failed on its side
 * (5xx), with backoff; a 4xx validation error is final.
 */
export function retryRequests(octokit: Octokit): void {
  octokit.hook.wrap('request', async (request, options) => {
    for (let attempt = 0; ; attempt++) {
      try {
        return await request(options)
      } catch (error) {
        const delay = retryDelay(error as ResponseFailure, options.method, attempt)
        if (delay === undefined || attempt + 1 >= maxAttempts || delay > maxWaitMs) throw error
        await sleep(delay)
      }
    }
  })
}
