import { customerGroupFieldNames, type CustomerGroupFieldName } from '@/api/customer-group-fields'
import type { Translator } from '@/i18n/translator'
import { fieldLabel } from './field-labels'

/** 512 B · 1.2 kB, in the language's own units. */
export function formatBytes(bytes: number, i18n: Translator): string {
  return bytes < 1024 ? i18n.unit(bytes, 'byte') : i18n.unit(bytes / 1024, 'kilobyte')
}

/** Postman-style one-liner: status, time, size, retries, and whether it came from memory. */
export function summarizeResponse(
  answer: {
    status: number
    durationMs: number
    sizeBytes: number
    attempts: number
    fromMemory: boolean
  },
  i18n: Translator,
): string {
  const parts = [`${answer.status}`, i18n.unit(answer.durationMs, 'millisecond'), formatBytes(answer.sizeBytes, i18n)]
  if (answer.attempts > 1) parts.push(i18n.t('api.attempts', { count: answer.attempts }))
  if (answer.fromMemory) parts.push(i18n.t('api.fromMemory'))
  return parts.join(' · ')
}

export interface DisplayedField {
  readonly name: string
  readonly label: string
  readonly value: string
  /** Not in our schema: a field the API added after this app was written. */
  readonly unknown: boolean
  /** Asked for, but not in the answer (e.g. an unset externalReferenceId). */
  readonly notReturned?: boolean
}

function displayValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—'
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

/**
 * Every returned field, known ones in schema order with their labels, then any others; a field
 * that was asked for and did not come back is listed too, as not returned.
 */
export function displayedFields(
  group: Readonly<Record<string, unknown>>,
  askedFor: readonly CustomerGroupFieldName[],
  i18n: Translator,
): DisplayedField[] {
  const known = customerGroupFieldNames
    .filter((name) => name in group || askedFor.includes(name))
    .map((name) =>
      name in group
        ? { name, label: fieldLabel(name, i18n), value: displayValue(group[name]), unknown: false }
        : { name, label: fieldLabel(name, i18n), value: i18n.t('api.notReturned'), unknown: false, notReturned: true },
    )
  const knownNames = new Set<string>(customerGroupFieldNames)
  const others = Object.keys(group)
    .filter((name) => !knownNames.has(name))
    .map((name) => ({ name, label: name, value: displayValue(group[name]), unknown: true }))
  return [...known, ...others]
}
