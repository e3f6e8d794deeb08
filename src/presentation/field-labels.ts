import type { CustomerGroupFieldName } from '@/api/customer-group-fields'

/** How the detail view names each field for a person; the API name is shown beside it. */
const FIELD_LABELS: Record<CustomerGroupFieldName, string> = {
  id: 'ID',
  name: 'Name',
  externalReferenceId: 'External reference ID',
}

export function fieldLabel(name: CustomerGroupFieldName): string {
  return FIELD_LABELS[name]
}
