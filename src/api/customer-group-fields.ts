/**
 * The one description of a customer group's fields. The field picker, the responseFields
 * serializer, the detail view and the emulator's mock API all read it, so a field added here
 * shows up everywhere at once.
 */
export interface FieldDefinition {
  /** The API name, exactly as Ecwid spells it in JSON and in responseFields. */
  readonly name: string
  readonly type: 'number' | 'string'
  /** Human label for the detail view. */
  readonly label: string
  /** Ecwid's own description of the field. */
  readonly description: string
  /** Nested fields, for objects; Ecwid's syntax is `parent(child1,child2)`. */
  readonly children?: readonly FieldDefinition[]
}

export const customerGroupFields = [
  {
    name: 'id',
    type: 'number',
    label: 'ID',
    description: 'Unique internal customer group ID.',
  },
  {
    name: 'name',
    type: 'string',
    label: 'Name',
    description: 'Customer group name.',
  },
  {
    name: 'externalReferenceId',
    type: 'string',
    label: 'External reference ID',
    // Added to the docs in 2025 without a description in the copies we have; worded to match.
    description: 'Customer group ID in an external system, such as an ERP.',
  },
] as const satisfies readonly FieldDefinition[]

export type CustomerGroupFieldName = (typeof customerGroupFields)[number]['name']

export const customerGroupFieldNames: readonly CustomerGroupFieldName[] = customerGroupFields.map(
  (field) => field.name,
)

export function isCustomerGroupFieldName(value: string): value is CustomerGroupFieldName {
  return (customerGroupFieldNames as readonly string[]).includes(value)
}
