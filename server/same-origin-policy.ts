import type { HeaderRule } from '../build/deployment-headers.ts'

/**
 * In enhanced-security mode the page talks only to its own server, which holds the token: its
 * Content-Security-Policy allows connections to 'self' and nowhere else, so a script that got in
 * has nowhere to send anything. The rest of the policy is the build's (build/deployment-headers.ts).
 * Pure, for the Node server and for serverless platforms alike.
 */
export function withSameOriginConnectSrc(policy: string): string {
  const directives = policy
    .split(';')
    .map((directive) => directive.trim())
    .filter((directive) => directive !== '')
  const connectSrc = "connect-src 'self'"
  const index = directives.findIndex((directive) => /^connect-src(?:\s|$)/i.test(directive))
  if (index === -1) directives.push(connectSrc)
  else directives[index] = connectSrc
  return directives.join('; ')
}

/** The build's `_headers` rules, every Content-Security-Policy narrowed as above. */
export function sameOriginHeaderRules(rules: readonly HeaderRule[]): HeaderRule[] {
  return rules.map((rule) => ({
    pattern: rule.pattern,
    headers: rule.headers.map(([name, value]): [string, string] => [
      name,
      isPolicyHeader(name) ? withSameOriginConnectSrc(value) : value,
    ]),
  }))
}

/** A response as it came (from a static host), with its policy narrowed as above. */
export function withSameOriginPolicy(response: Response): Response {
  const policy = response.headers.get('Content-Security-Policy')
  if (policy === null) return response
  const headers = new Headers(response.headers)
  headers.set('Content-Security-Policy', withSameOriginConnectSrc(policy))
  return new Response(response.body, { status: response.status, statusText: response.statusText, headers })
}

function isPolicyHeader(name: string): boolean {
  return name.toLowerCase() === 'content-security-policy'
}
