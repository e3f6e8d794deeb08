import { DEFAULT_API_BASE } from '../build/deployment-headers.ts'
import { errorResponse } from './error-response.ts'
import { configProblem, createHandler, type EnhancedSecurityHandler, type HandlerConfig } from './handler.ts'
import { parseUpstreamTimeoutMs } from './proxy.ts'
import { withSameOriginPolicy } from './same-origin-policy.ts'

/**
 * The same handler on Cloudflare Workers, with the built app (dist/) as the Worker's static assets
 * (wrangler.jsonc at the repository root). The Worker runs first for every request, so the app's
 * pages get the same narrowed policy as under `npm start`. `npm run start:workerd` runs it in
 * workerd, Cloudflare's runtime, on this machine.
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

type WorkerSettings = Pick<
  WorkerEnv,
  'ECWID_CLIENT_SECRET' | 'SESSION_SECRET' | 'ECWID_API_BASE' | 'UPSTREAM_TIMEOUT_MS'
>

function handlerConfig(env: WorkerSettings): HandlerConfig {
  return {
    clientSecret: env.ECWID_CLIENT_SECRET,
    apiBase: env.ECWID_API_BASE || DEFAULT_API_BASE,
    ...(env.SESSION_SECRET ? { sessionSecret: env.SESSION_SECRET } : {}),
    ...(env.UPSTREAM_TIMEOUT_MS ? { upstreamTimeoutMs: parseUpstreamTimeoutMs(env.UPSTREAM_TIMEOUT_MS) } : {}),
  }
}

/**
 * Why these bindings cannot work, in one line naming the setting and never quoting a secret;
 * undefined when they can. The Worker checks it at its first request; scripts/start-workerd.mjs
 * imports it to refuse a bad environment at start, as `npm start` does.
 */
export function bindingsProblem(env: Partial<WorkerSettings>): string | undefined {
  if (typeof env.ECWID_CLIENT_SECRET !== 'string' || env.ECWID_CLIENT_SECRET === '')
    return "ECWID_CLIENT_SECRET is not set: give the Worker the app's client secret (npx wrangler secret put ECWID_CLIENT_SECRET)."
  return configProblem(handlerConfig({ ...env, ECWID_CLIENT_SECRET: env.ECWID_CLIENT_SECRET }))
}

// Made at the first request: bindings arrive with it, and an isolate serves many requests.
let handler: EnhancedSecurityHandler | undefined

export default {
  async fetch(request: Request, env: WorkerEnv): Promise<Response> {
    if (!new URL(request.url).pathname.startsWith('/api/')) return withSameOriginPolicy(await env.ASSETS.fetch(request))
    if (!handler) {
      const problem = bindingsProblem(env)
      if (problem) {
        // For the Worker's logs (wrangler tail): the browser gets the usual one-line error.
        console.error(problem)
        return errorResponse('INTERNAL_ERROR')
      }
      handler = createHandler(handlerConfig(env))
    }
    return handler.fetch(request)
  },
}
