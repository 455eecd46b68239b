// A local stand-in for GitHub's cache service (v2) and the blob storage it
// signs URLs for, speaking the protocol @actions/cache speaks, so tests and
// the benchmark run the real library against it. Plain JS: bench/run.js
// imports it too.
import { randomBytes } from 'node:crypto'
import { createServer } from 'node:http'

// The library's own generated message types (not in its package exports, so
// by path): parsing a request with them checks it the way the service does.
const messages = await import(
  new URL(
    '../../node_modules/@actions/cache/lib/generated/results/api/v1/cache.js',
    import.meta.url
  ).href
)

const service = 'github.actions.results.api.v1.CacheService'
const account = 'devstoreaccount1'
const container = 'actions-cache'

/**
 * The Twirp methods the cache library calls, each with its request and response types.
 * @type {Record<string, { request: any, response: any }>}
 */
const methods = {
  GetCacheEntryDownloadURL: {
    request: messages.GetCacheEntryDownloadURLRequest,
    response: messages.GetCacheEntryDownloadURLResponse
  },
  CreateCacheEntry: {
    request: messages.CreateCacheEntryRequest,
    response: messages.CreateCacheEntryResponse
  },
  FinalizeCacheEntryUpload: {
    request: messages.FinalizeCacheEntryUploadRequest,
    response: messages.FinalizeCacheEntryUploadResponse
  }
}

/**
 * One cache entry, as the tests may read or replace it (replace `archive` to
 * serve a corrupt or foreign one).
 * @typedef {object} CacheEntry
 * @property {string} key
 * @property {string} version The hash of the paths and compression the library sends.
 * @property {number} id
 * @property {Buffer | undefined} archive Undefined until uploaded.
 * @property {Map<string, Buffer>} blocks Blocks staged by Put Block, by block id.
 * @property {boolean} finalized Only finalized entries are found.
 */

/**
 * One request the service received.
 * @typedef {object} CacheRequest
 * @property {string} method
 * @property {string} operation A Twirp method, or `upload`, `upload-block`, `upload-block-list`, `download`.
 * @property {unknown} [body] A Twirp request's JSON.
 * @property {number} status The status answered.
 */

/**
 * Operations that fail on demand: `status` for the next `times` requests (all when omitted).
 * @typedef {Record<string, { status: number, times?: number }>} Failures
 */

/**
 * The running service.
 * @typedef {object} CacheService
 * @property {Record<string, string>} env The runner's variables that point the cache library here.
 * @property {CacheRequest[]} requests Every request, in order.
 * @property {Map<string, CacheEntry>} entries By key.
 * @property {string[]} protocolErrors Requests that did not fit the protocol (answered 4xx); tests assert none.
 * @property {Failures} failures Set an operation's entry to fail it.
 * @property {() => Promise<void>} close
 */

/**
 * Starts the service on 127.0.0.1 (a free port). Twirp requests must be
 * POSTs of `application/json` with the runtime token as bearer, and bodies
 * the library's message types parse strictly (no unknown field); blob
 * requests must carry the signature the service issued for that entry and
 * direction. Entries are found as the service finds them: the key exactly,
 * else each restore key exactly, then as a prefix (newest first), always
 * with the same version.
 * @returns {Promise<CacheService>}
 */
export async function startCacheService() {
  const token = randomBytes(16).toString('hex')
  /** @type {Map<string, CacheEntry>} */
  const entries = new Map()
  /** @type {CacheRequest[]} */
  const requests = []
  /** @type {string[]} */
  const protocolErrors = []
  /** @type {Failures} */
  const failures = {}
  let nextId = 1
  /** @param {CacheEntry} entry @param {'r' | 'cw'} permissions */
  const signature = (entry, permissions) => `${permissions}-${entry.id}-${token.slice(0, 8)}`
  let base = ''
  /** @param {CacheEntry} entry @param {'r' | 'cw'} permissions */
  const blobUrl = (entry, permissions) =>
    `${base}${account}/${container}/${entry.id}?sv=2025-01-05&sp=${permissions}&sig=${signature(entry, permissions)}`

  /** @param {string} operation @returns {number | undefined} */
  const injected = (operation) => {
    const failure = failures[operation]
    if (!failure) return undefined
    if (failure.times !== undefined) {
      if (failure.times <= 0) return undefined
      failure.times--
    }
    return failure.status
  }

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {Buffer} body
   * @returns {{ status: number, headers?: Record<string, string | number>, body?: string | Buffer, operation: string, json?: unknown }}
   */
  const answer = (request, body) => {
    const url = new URL(request.url ?? '/', base)
    if (url.pathname.startsWith(`/twirp/${service}/`)) return twirp(request, url, body)
    if (url.pathname.startsWith(`/${account}/${container}/`)) return blob(request, url, body)
    return protocolError('unknown', 404, `no such path ${request.method} ${url.pathname}`)
  }

  /** @param {string} operation @param {number} status @param {string} message */
  const protocolError = (operation, status, message) => {
    protocolErrors.push(`${operation}: ${message}`)
    return twirpError(operation, status, 'malformed', message)
  }

  /** @param {string} operation @param {number} status @param {string} code @param {string} message */
  const twirpError = (operation, status, code, message) => ({
    operation,
    status,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ code, msg: message })
  })

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {URL} url
   * @param {Buffer} raw
   */
  const twirp = (request, url, raw) => {
    const operation = url.pathname.slice(`/twirp/${service}/`.length)
    const method = methods[operation]
    if (!method) return protocolError(operation, 404, `no Twirp method ${operation}`)
    if (request.method !== 'POST')
      return protocolError(operation, 405, `${request.method} instead of POST`)
    if (request.headers['content-type'] !== 'application/json')
      return protocolError(operation, 415, `content type ${request.headers['content-type']}`)
    if (request.headers.authorization !== `Bearer ${token}`)
      return protocolError(operation, 401, 'no bearer runtime token')
    let json
    let message
    try {
      json = JSON.parse(raw.toString('utf8'))
      message = method.request.fromJson(json)
    } catch (error) {
      return protocolError(
        operation,
        400,
        `body does not parse: ${/** @type {Error} */ (error).message}`
      )
    }
    if (!message.key || !/^[0-9a-f]{64}$/.test(message.version))
      return { json, ...protocolError(operation, 400, `key or version missing: ${raw}`) }
    const status = injected(operation)
    if (status) return { json, ...twirpError(operation, status, 'internal', 'injected failure') }
    const reply = (/** @type {object} */ fields) => ({
      operation,
      json,
      status: 200,
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(
        method.response.toJson(method.response.create(fields), { useProtoFieldName: true })
      )
    })
    if (operation === 'GetCacheEntryDownloadURL') {
      const found = find(message.key, message.restoreKeys, message.version)
      return reply(
        found
          ? { ok: true, signedDownloadUrl: blobUrl(found, 'r'), matchedKey: found.key }
          : { ok: false }
      )
    }
    if (operation === 'CreateCacheEntry') {
      if (entries.has(message.key))
        return {
          json,
          ...twirpError(
            operation,
            409,
            'already_exists',
            'cache entry with the same key, version, and scope already exists'
          )
        }
      /** @type {CacheEntry} */
      const entry = {
        key: message.key,
        version: message.version,
        id: nextId++,
        archive: undefined,
        blocks: new Map(),
        finalized: false
      }
      entries.set(entry.key, entry)
      return reply({ ok: true, signedUploadUrl: blobUrl(entry, 'cw') })
    }
    const entry = entries.get(message.key)
    if (!entry || entry.version !== message.version || entry.finalized || !entry.archive)
      return { json, ...protocolError(operation, 400, `finalizing ${message.key}, not uploaded`) }
    if (BigInt(entry.archive.length) !== BigInt(message.sizeBytes))
      return {
        json,
        ...protocolError(
          operation,
          400,
          `size_bytes ${message.sizeBytes}, uploaded ${entry.archive.length}`
        )
      }
    entry.finalized = true
    return reply({ ok: true, entryId: String(entry.id) })
  }

  /** @param {string} key @param {string[]} restoreKeys @param {string} version */
  const find = (key, restoreKeys, version) => {
    const finalized = [...entries.values()]
      .filter((entry) => entry.finalized && entry.version === version)
      .reverse()
    const exact = (/** @type {string} */ name) => finalized.find((entry) => entry.key === name)
    return (
      exact(key) ??
      restoreKeys
        .map((prefix) => exact(prefix) ?? finalized.find((entry) => entry.key.startsWith(prefix)))
        .find(Boolean)
    )
  }

  /**
   * Azure Blob Storage as the library uses it: Put Blob (or Put Block and Put
   * Block List) to the upload URL, GET (or HEAD, with Range) from the download URL.
   * @param {import('node:http').IncomingMessage} request
   * @param {URL} url
   * @param {Buffer} body
   */
  const blob = (request, url, body) => {
    const id = Number(url.pathname.split('/')[3])
    const entry = [...entries.values()].find((candidate) => candidate.id === id)
    const reading = request.method === 'GET' || request.method === 'HEAD'
    const comp = url.searchParams.get('comp')
    const operation = reading
      ? 'download'
      : comp === 'block'
        ? 'upload-block'
        : comp === 'blocklist'
          ? 'upload-block-list'
          : 'upload'
    if (!entry) return protocolError(operation, 404, `no blob ${url.pathname}`)
    const permissions = reading ? 'r' : 'cw'
    if (url.searchParams.get('sig') !== signature(entry, permissions))
      return protocolError(operation, 403, `wrong signature for ${request.method} ${url.pathname}`)
    const status = injected(reading ? 'download' : 'upload')
    if (status) return { operation, status, body: 'injected failure' }
    if (reading) return download(request, entry, operation)
    if (request.method !== 'PUT')
      return protocolError(operation, 405, `${request.method} on a blob`)
    if (!request.headers['x-ms-version'])
      return protocolError(operation, 400, 'no x-ms-version header')
    if (Number(request.headers['content-length']) !== body.length)
      return protocolError(operation, 400, 'content-length is not the body length')
    if (entry.finalized) return protocolError(operation, 409, 'upload to a finalized entry')
    const created = { operation, status: 201, headers: { etag: `"0x${entry.id}"` } }
    if (comp === 'block') {
      const blockId = url.searchParams.get('blockid')
      if (!blockId) return protocolError(operation, 400, 'Put Block without blockid')
      entry.blocks.set(blockId, body)
      return created
    }
    if (comp === 'blocklist') {
      const ids = [...body.toString('utf8').matchAll(/<(?:Latest|Uncommitted)>([^<]*)<\//g)].map(
        (match) => match[1] ?? ''
      )
      const blocks = ids.map((blockId) => entry.blocks.get(blockId))
      if (ids.length === 0 || blocks.some((block) => !block))
        return protocolError(operation, 400, 'Put Block List names blocks not staged')
      entry.archive = Buffer.concat(/** @type {Buffer[]} */ (blocks))
      return created
    }
    if (comp !== null) return protocolError(operation, 400, `comp=${comp}`)
    if (request.headers['x-ms-blob-type'] !== 'BlockBlob')
      return protocolError(operation, 400, `x-ms-blob-type ${request.headers['x-ms-blob-type']}`)
    entry.archive = body
    return created
  }

  /**
   * @param {import('node:http').IncomingMessage} request
   * @param {CacheEntry} entry
   * @param {string} operation
   */
  const download = (request, entry, operation) => {
    if (!entry.finalized || !entry.archive)
      return protocolError(operation, 404, `download of ${entry.key} before it was finalized`)
    const archive = entry.archive
    const range = /^bytes=(\d+)-(\d*)$/.exec(request.headers.range ?? '')
    const start = range ? Number(range[1]) : 0
    const end =
      range && range[2] ? Math.min(Number(range[2]), archive.length - 1) : archive.length - 1
    const part = archive.subarray(start, end + 1)
    return {
      operation,
      status: range ? 206 : 200,
      headers: {
        'content-type': 'application/octet-stream',
        'content-length': part.length,
        'accept-ranges': 'bytes',
        ...(range ? { 'content-range': `bytes ${start}-${end}/${archive.length}` } : {})
      },
      body: request.method === 'HEAD' ? '' : part
    }
  }

  const server = createServer((request, response) => {
    /** @type {Buffer[]} */
    const chunks = []
    request.on('data', (chunk) => chunks.push(chunk))
    request.on('end', () => {
      const result = answer(request, Buffer.concat(chunks))
      requests.push({
        method: request.method ?? '',
        operation: result.operation,
        ...('json' in result ? { body: result.json } : {}),
        status: result.status
      })
      response.writeHead(result.status, result.headers ?? {})
      response.end(result.body ?? '')
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)))
  const address = /** @type {import('node:net').AddressInfo} */ (server.address())
  base = `http://127.0.0.1:${address.port}/`
  return {
    env: {
      ACTIONS_CACHE_SERVICE_V2: 'True',
      ACTIONS_RESULTS_URL: base,
      ACTIONS_RUNTIME_TOKEN: token
    },
    requests,
    entries,
    protocolErrors,
    failures,
    close: () =>
      new Promise((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve(undefined)))
      })
  }
}
