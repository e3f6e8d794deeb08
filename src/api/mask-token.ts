/**
 * Shows enough of a token to tell two apart and nothing more, the way Ecwid's docs print them:
 * `secret_ab***cd`. Short or unusual tokens are masked whole.
 */
export function maskToken(token: string): string {
  const match = /^(secret_|public_)?(.*)$/s.exec(token)
  const prefix = match?.[1] ?? ''
  const body = match?.[2] ?? ''
  if (body.length < 8) return `${prefix}***`
  return `${prefix}${body.slice(0, 2)}***${body.slice(-2)}`
}

/** Masks the credential inside an Authorization header value (`Bearer secret_…`). */
export function maskAuthorization(authorization: string): string {
  const [scheme, ...rest] = authorization.split(' ')
  if (rest.length === 0) return maskToken(authorization)
  return `${scheme} ${maskToken(rest.join(' '))}`
}
