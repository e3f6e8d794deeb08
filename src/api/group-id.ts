/**
 * Customer group IDs are non-negative integers, and 0 ("General") is a real group, so an ID is
 * never checked for truthiness. Anything else — negative, fractional, non-numeric, or beyond
 * what a JavaScript number holds exactly — is refused before any request is made.
 */
export function parseGroupId(text: string): number | null {
  const trimmed = text.trim()
  if (!/^\d+$/.test(trimmed)) return null
  const id = Number(trimmed)
  return Number.isSafeInteger(id) ? id : null
}
