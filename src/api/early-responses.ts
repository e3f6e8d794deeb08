import { MAX_BODY_BYTES } from './request'
/**
 * The first screen's requests, sent by a script inlined in index.html (early-start.ts) while the
 * page is still being parsed, and handed to the API client when it sends the same request. The
 * client then reads, checks and retries the answer as if it had sent the request itself.
 *
 * The hand-over is a global, because the inline script cannot export anything. It holds pending
 * responses, never the token: the token stays in the inline script's closure, and an answer is
 * handed only to a request carrying the same Authorization header.
 */
export interface EarlyResponses {
  /**
   * The response to the request for `url`, once; undefined when there is none (another address,
   * another credential, already taken). `signal` (the taker's) aborts it from then on.
   */
  take(url: string, authorization: string, signal?: AbortSignal | null): Promise<Response> | undefined
}

const KEY = Symbol.for('ecwid-customer-groups.early-responses')

type Host = Record<symbol, unknown>

/** Sends each request now, with the client's own request options (api/request.ts). */
export function startEarlyResponses(
  urls: readonly string[],
  authorization: string,
  init: (signal: AbortSignal) => RequestInit,
  fetchImpl: typeof fetch = fetch,
): EarlyResponses {
  const pending = new Map<string, { readonly response: Promise<Response>; readonly controller: AbortController }>()
  for (const url of urls) {
    const controller = new AbortController()
    // Read as soon as it arrives, while the app is still loading: when the client asks, its body
    // is in memory, and reading it costs the first render no task of its own.
    const response = fetchImpl(url, init(controller.signal)).then(readAhead)
    // Nobody may take it (the app could not start): not an unhandled rejection. The taker still
    // gets the rejection, and the client turns it into a retry or a "could not be reached".
    response.catch(() => {})
    pending.set(url, { response, controller })
  }
  return {
    take(url, takerAuthorization, signal) {
      const entry = takerAuthorization === authorization ? pending.get(url) : undefined
      if (!entry) return undefined
      pending.delete(url)
      const abort = () => entry.controller.abort(signal?.reason)
      if (signal?.aborted) abort()
      else signal?.addEventListener('abort', abort, { once: true })
      return entry.response
    },
  }
}

/** A response whose body was read already: its text() resolves at once instead of after a task. */
class ReadResponse extends Response {
  readonly #text: string

  constructor(text: string, from: Response) {
    super(text, { status: from.status, statusText: from.statusText, headers: from.headers })
    this.#text = text
  }

  override text(): Promise<string> {
    return Promise.resolve(this.#text)
  }
}

/**
 * Reads the body now, no further than the client would (MAX_BODY_BYTES): an answer that says it is
 * bigger is handed over unread, and one that turns out bigger is read only past the limit. The
 * client refuses both as too large, as it does its own requests'; nothing bigger is ever held.
 */
async function readAhead(response: Response): Promise<Response> {
  const body = response.body
  // No body (a 204) has nothing to read; a declared giant is the client's to refuse.
  if (body === null || Number(response.headers.get('Content-Length')) > MAX_BODY_BYTES) return response
  const reader = body.getReader()
  const decoder = new TextDecoder()
  let text = ''
  let bytes = 0
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    bytes += chunk.value.byteLength
    text += decoder.decode(chunk.value, { stream: true })
    if (bytes > MAX_BODY_BYTES) {
      void reader.cancel().catch(() => {})
      break
    }
  }
  return new ReadResponse(text + decoder.decode(), response)
}

export function publishEarlyResponses(host: object, responses: EarlyResponses): void {
  Object.defineProperty(host, KEY, { value: responses })
}

function publishedOn(host: object): EarlyResponses | undefined {
  return (host as Host)[KEY] as EarlyResponses | undefined
}

/** A fetch that answers a request already sent early with its response, and sends any other. */
export function fetchTakingEarlyResponses(fetchImpl: typeof fetch, host: object = globalThis): typeof fetch {
  return (input, init) => {
    const authorization = new Headers(init?.headers).get('Authorization')
    const early =
      typeof input === 'string' && authorization !== null
        ? publishedOn(host)?.take(input, authorization, init?.signal)
        : undefined
    return early ?? fetchImpl(input, init)
  }
}
