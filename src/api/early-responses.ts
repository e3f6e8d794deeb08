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
    const response = fetchImpl(url, init(controller.signal))
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
