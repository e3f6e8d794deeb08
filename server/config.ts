import { DEFAULT_API_BASE } from '../build/deployment-headers.ts'
import { configProblem, type HandlerConfig } from './handler.ts'
import { parseUpstreamTimeoutMs } from './proxy.ts'

/** The Node server's settings, from its environment. */
export interface NodeServerConfig {
  readonly port: number
  readonly handler: Pick<HandlerConfig, 'clientSecret' | 'apiBase' | 'sessionSecret' | 'upstreamTimeoutMs'>
}

export type NodeServerConfigResult =
  { readonly ok: true; readonly config: NodeServerConfig } | { readonly ok: false; readonly message: string }

export const DEFAULT_PORT = 8080

/**
 * PORT (default 8080), ECWID_CLIENT_SECRET (required), ECWID_API_BASE (default Ecwid's),
 * SESSION_SECRET and UPSTREAM_TIMEOUT_MS (both optional; empty counts as unset). A problem comes
 * back as one line for the console, naming the variable, and never quoting a secret.
 */
export function readNodeServerConfig(env: Readonly<Record<string, string | undefined>>): NodeServerConfigResult {
  const clientSecret = env.ECWID_CLIENT_SECRET
  if (!clientSecret)
    return {
      ok: false,
      message:
        "ECWID_CLIENT_SECRET is not set: start the server with the app's client secret, e.g. ECWID_CLIENT_SECRET=… npm start",
    }
  const portText = env.PORT || String(DEFAULT_PORT)
  const port = Number(portText)
  if (!/^\d+$/.test(portText) || port < 1 || port > 65_535)
    return { ok: false, message: `PORT must be a number from 1 to 65535, not ${JSON.stringify(portText)}.` }
  const handler = {
    clientSecret,
    apiBase: env.ECWID_API_BASE || DEFAULT_API_BASE,
    ...(env.SESSION_SECRET ? { sessionSecret: env.SESSION_SECRET } : {}),
    ...(env.UPSTREAM_TIMEOUT_MS ? { upstreamTimeoutMs: parseUpstreamTimeoutMs(env.UPSTREAM_TIMEOUT_MS) } : {}),
  }
  const problem = configProblem(handler)
  if (problem) return { ok: false, message: problem }
  return { ok: true, config: { port, handler } }
}
