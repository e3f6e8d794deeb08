export const DEFAULT_API_BASE = 'https://app.ecwid.com/api/v3'

/**
 * No answer this app asks for comes near this (a page of 100 groups is ~5 KB): anything bigger is
 * not Ecwid's JSON, and is refused rather than parsed and rendered. Here because the early
 * requests (api/early-responses.ts) read no further either.
 */
export const MAX_BODY_BYTES = 2 * 1024 * 1024

/** A GET below a store's base: `/customer_groups/0` and its query. */
export interface StoreRequest {
  /** Below the store, e.g. `/customer_groups/0`. */
  readonly path: string
  readonly query?: Readonly<Record<string, string | number | undefined>>
}

/** Where a request goes, absolute and as a request line shows it. */
export interface RequestAddress {
  readonly url: string
  readonly pathAndQuery: string
}

/**
 * The address of a request. The client and the early requests in index.html (boot/early-start.ts)
 * both build it here: the early answers are handed over by address, so the two must agree.
 */
export function requestAddress(apiBase: string, storeId: number, { path, query }: StoreRequest): RequestAddress {
  const url = new URL(
    `${apiBase.replace(/\/+$/, '')}/${storeId}${path}`,
    globalThis.location?.href ?? 'http://localhost/',
  )
  for (const [key, value] of Object.entries(query ?? {})) {
    if (value !== undefined) url.searchParams.set(key, String(value))
  }
  // URLSearchParams encodes the parentheses and commas of responseFields; Ecwid documents them
  // literally, and both forms are valid in a query string, so show the readable one.
  const search = url.search.replace(/%28/g, '(').replace(/%29/g, ')').replace(/%2C/g, ',')
  return { url: `${url.origin}${url.pathname}${search}`, pathAndQuery: `${url.pathname}${search}` }
}

/** How every API request is sent, by the client and by the early requests alike. */
export function requestInit(authorization: string, signal: AbortSignal): RequestInit {
  return {
    method: 'GET',
    headers: { Authorization: authorization, Accept: 'application/json' },
    signal,
    // The token travels in a header; make sure no cookie or referrer leaks along with it.
    credentials: 'omit',
    referrerPolicy: 'no-referrer',
    cache: 'no-store',
  }
}
