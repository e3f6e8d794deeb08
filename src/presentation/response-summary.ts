import { customerGroupFields, type FieldDefinition } from '@/api/customer-group-fields'

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  return `${(bytes / 1024).toFixed(1)} KB`
}

/** Postman-style one-liner: status, time, size, retries, and whether it came from memory. */
export function summarizeResponse(answer: { status: number; durationMs: number; sizeBytes: number; attempts: number; fromMemory: boolean }): string {
  const parts = [`${answer.status}`, `${answer.durationMs} ms`, formatBytes(answer.sizeBytes)]
  if (answer.attempts > 1) parts.push(`${answer.attempts} attempts`)
  if (answer.fromMemory) parts.push('from memory — press Refresh to ask again')
  return parts.join(' · ')
}

export interface DisplayedField {
  readonly name: string
  readonly label: string
  readonly value: string
  /** Not in our schema: a field the API added after this app was written. */
  readonly unknown: boolean
}

function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

/** Every returned field, known ones in schema order with their labels, then any others. */
export function displayedFields(group: Readonly<Record<string, unknown>>): DisplayedField[] {
  const known = (customerGroupFields as readonly FieldDefinition[])
    .filter((field) => field.name in group)
    .map((field) => ({ name: field.name, label: field.label, value: displayValue(group[field.name]), unknown: false }))
  const knownNames = new Set(known.map((field) => field.name))
  const others = Object.keys(group)
    .filter((name) => !knownNames.has(name))
    .map((name) => ({ name, label: name, value: displayValue(group[name]), unknown: true }))
  return [...known, ...others]
}

export function groupHeading(groupId: number, group: Readonly<Record<string, unknown>> | null): string {
  const name = group?.name
  return typeof name === 'string' && name.trim() !== '' ? name : `Customer group ${groupId}`
}
