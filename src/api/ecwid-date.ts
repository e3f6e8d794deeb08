/**
 * Ecwid writes dates as `2024-03-05 10:12:00 +0000`; ISO 8601 is read too, in case an endpoint
 * answers in it. Null for anything else: a date the app cannot read is never shown as a wrong one.
 */
const ECWID_DATE = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2}):(\d{2})(?:\.\d+)? ?([+-])(\d{2}):?(\d{2})$/

export function parseEcwidDate(text: string): number | null {
  const match = ECWID_DATE.exec(text.trim())
  if (match) {
    const [, year, month, day, hour, minute, second, , offsetHours, offsetMinutes] = match.map(Number)
    const offsetMs = ((offsetHours ?? 0) * 60 + (offsetMinutes ?? 0)) * 60_000
    const utc = Date.UTC(year!, month! - 1, day!, hour!, minute!, second!)
    return match[7] === '-' ? utc + offsetMs : utc - offsetMs
  }
  if (!/^\d{4}-\d{2}-\d{2}T/.test(text)) return null
  const parsed = Date.parse(text)
  return Number.isNaN(parsed) ? null : parsed
}
