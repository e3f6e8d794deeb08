const MAX_NAME_LENGTH = 80
const FALLBACK_NAME = 'customers'

/** Refused by Windows (and `/` everywhere), or control characters: each becomes a space. */
const REFUSED = /[/\\:*?"<>|\u0000-\u001f\u007f-\u009f]/g
/**
 * Direction controls, embedding and isolate (U+202A–U+202E, U+2066–U+2069), and the invisible
 * marks (U+200E, U+200F, U+061C): they can make `exe.csv` show as `vsc.exe` and are dropped. The
 * marks are not refused by file systems, but they are never visible on purpose in a group name.
 */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g

/** The first `max` characters as a person sees them: never half a surrogate pair, nor half a 🇩🇪. */
function cut(text: string, max: number): string {
  const pieces =
    typeof Intl.Segmenter === 'function'
      ? Array.from(new Intl.Segmenter(undefined, { granularity: 'grapheme' }).segment(text), (part) => part.segment)
      : Array.from(text)
  return pieces.length <= max ? text : pieces.slice(0, max).join('')
}

function tidy(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/^[\s.]+|[\s.]+$/gu, '')
}

/** The merchant's local day: the one they will look for the file by. */
function localDate(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0')
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`
}

/**
 * `<group>-<YYYY-MM-DD>.csv`. The group name is the merchant's own and may hold anything; what
 * a file system refuses goes, letters of any script stay (`お得意様-2026-12-03.csv`). Windows'
 * reserved names (`CON`, `NUL`) are safe here: the date always follows them.
 */
export function csvFileName(groupName: string, date: Date): string {
  const cleaned = tidy(groupName.normalize('NFC').replace(BIDI_CONTROLS, '').replace(REFUSED, ' '))
  const name = tidy(cut(cleaned, MAX_NAME_LENGTH))
  return `${name === '' ? FALLBACK_NAME : name}-${localDate(date)}.csv`
}
