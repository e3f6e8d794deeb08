/**
 * Every error this server answers, in Ecwid's own shape (`{"errorMessage", "errorCode"}`), so the
 * app reads them with the code that reads Ecwid's. Messages are plain sentences for a developer:
 * no stack trace, no request data, never the payload or a token.
 */
export const SERVER_ERRORS = {
  INVALID_REQUEST: [400, 'Expected a JSON body {"payload": "…"} holding the payload parameter of the app\'s URL.'],
  PAYLOAD_NOT_BASE64: [400, 'The payload is not base64 (URL-safe or standard).'],
  PAYLOAD_WRONG_LENGTH: [
    400,
    'The payload is too short or cut off: it must hold a 16-byte IV followed by whole 16-byte AES blocks.',
  ],
  PAYLOAD_UNDECRYPTABLE: [
    400,
    "The payload cannot be decrypted with this app's client secret: it was altered, or encrypted for another app.",
  ],
  INVALID_PAYLOAD: [400, 'The payload has no valid store_id and access_token.'],
  SESSION_REQUIRED: [401, 'Send the session from POST /api/session as "Authorization: Bearer <session>".'],
  SESSION_EXPIRED: [401, 'The session has expired: reopen the app from the control panel.'],
  INVALID_SESSION: [401, 'The session was not issued by this server.'],
  STORE_MISMATCH: [403, 'The session belongs to another store.'],
  NOT_FOUND: [
    404,
    'No such endpoint: this server forwards only GET customer_groups, customer_groups/{groupId}, customers and profile.',
  ],
  BODY_TOO_LARGE: [413, 'The request body is too large.'],
  INTERNAL_ERROR: [500, "The app's server failed."],
  UPSTREAM_UNREACHABLE: [502, "Ecwid's API could not be reached."],
  UPSTREAM_TOO_LARGE: [502, "Ecwid's API answered more than this server accepts (2 MiB)."],
  UPSTREAM_TIMEOUT: [504, "Ecwid's API did not answer in time."],
} as const satisfies Record<string, readonly [number, string]>

export type ServerErrorCode = keyof typeof SERVER_ERRORS

/**
 * `no-store` on every answer under /api: they are per-store and per-session, and none may be kept
 * by a browser's or a proxy's cache.
 */
export const API_RESPONSE_HEADERS = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
} as const

export function errorResponse(code: ServerErrorCode): Response {
  const [status, message] = SERVER_ERRORS[code]
  return Response.json(
    { errorMessage: message, errorCode: code },
    { status, headers: { ...API_RESPONSE_HEADERS, 'Content-Type': 'application/json' } },
  )
}
