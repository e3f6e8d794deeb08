import { DEFAULT_API_BASE } from '../build/deployment-headers.ts'
import { createHandler, type EnhancedSecurityHandler } from './handler.ts'
import { parseUpstreamTimeoutMs } from './proxy.ts'
import { withSameOriginPolicy } from './same-origin-policy.ts'

/**
 * The same handler on Cloudflare Workers, with the built app (dist/) as the Worker's static assets
 * (server/README.md has the wrangler configuration). The Worker runs first for every request, so
 * the app's pages get the same narrowed policy as under `npm start`.
 */

/** The Worker's bindings: secrets set with `wrangler secret put`, the assets from wrangler's config. */
export interface WorkerEnv {
  readonly ECWID_CLIENT_SECRET: string
  readonly SESSION_SECRET?: string
  readonly ECWID_API_BASE?: string
  /** Milliseconds Ecwid has to answer; 20000 when unset (server/README.md). */
  readonly UPSTREAM_TIMEOUT_MS?: string
  /** Workers Static Assets: serves dist/ with the headers of dist/_headers. */
  readonly ASSETS: { fetch(request: Request): Promise<Response> }
}

/**
 * Workers' fetch refuses `redirect: 'error'` (a TypeError on every call: "use 'manual' and check
 * the response status code"), which the proxy asks for so that a redirect never carries the
 * token on. This gives the proxy the same outcome in Cloudflare's runtime: the redirect is not
 * followed, and the call fails as it does under Node, so the browser gets UPSTREAM_UNREACHABLE.
 */
export const workersFetch: typeof fetch = async (input, init) => {
  if (init?.redirect !== 'error') return fetch(input, init)
  const response = await fetch(input, { ...init, redirect: 'manual' })
  if (response.status < 300 || response.status > 399) return response
  await response.body?.cancel()
  throw new TypeError('Ecwid answered with a redirect, which is not followed.')
}

// Made at the first request: bindings arrive with it, and an isolate serves many requests.
let handler: EnhancedSecurityHandler | undefined

export default {
  async fetch(request: Request, env: WorkerEnv): Promise<Response> {
    if (!new URL(request.url).pathname.startsWith('/api/')) return withSameOriginPolicy(await env.ASSETS.fetch(request))
    handler ??= createHandler({
      clientSecret: env.ECWID_CLIENT_SECRET,
      apiBase: env.ECWID_API_BASE || DEFAULT_API_BASE,
      fetch: workersFetch,
      ...(env.SESSION_SECRET ? { sessionSecret: env.SESSION_SECRET } : {}),
      ...(env.UPSTREAM_TIMEOUT_MS ? { upstreamTimeoutMs: parseUpstreamTimeoutMs(env.UPSTREAM_TIMEOUT_MS) } : {}),
    })
    return handler.fetch(request)
  },
}
