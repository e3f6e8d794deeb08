import type { CustomerGroupFieldName } from '@/api/customer-group-fields'
import type { MessageKey, Translator } from '@/i18n/translator'

/** How the app names and explains each field for a person; the API name is shown beside it. */
const FIELD_MESSAGES = {
  id: { label: 'field.id.label', description: 'field.id.description' },
  name: { label: 'field.name.label', description: 'field.name.description' },
  externalReferenceId: {
    label: 'field.externalReferenceId.label',
    description: 'field.externalReferenceId.description',
  },
} as const satisfies Record<CustomerGroupFieldName, { label: MessageKey; description: MessageKey }>

export function fieldLabel(name: CustomerGroupFieldName, { t }: Translator): string {
  return t(FIELD_MESSAGES[name].label)
}

/** Ecwid's own description of the field, translated. */
export function fieldDescription(name: CustomerGroupFieldName, { t }: Translator): string {
  return t(FIELD_MESSAGES[name].description)
}
