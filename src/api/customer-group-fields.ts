/**
 * The one description of a customer group's fields. The field picker, the responseFields
 * serializer, the `CustomerGroup` type and its validator, the detail view and the emulator's mock
 * API all derive from it, so a field added here shows up everywhere at once.
 */
export interface FieldDefinition<Name extends string = string> {
  /** The API name, exactly as Ecwid spells it in JSON and in responseFields. */
  readonly name: Name
  readonly type: 'number' | 'string'
}

export const customerGroupFields = [
  // Labels and descriptions (Ecwid's own, translated) are in the message catalogue: field.<name>.*
  { name: 'id', type: 'number' },
  { name: 'name', type: 'string' },
  { name: 'externalReferenceId', type: 'string' },
] as const satisfies readonly FieldDefinition[]

type CustomerGroupFieldDefinition = (typeof customerGroupFields)[number]
export type CustomerGroupFieldName = CustomerGroupFieldDefinition['name']

/** The JavaScript type of a field's value, from its schema type. */
type ValueOf<Type extends FieldDefinition['type']> = Type extends 'number' ? number : string

/**
 * A group as returned: each known field typed from the schema, present when it was selected and
 * set, plus whatever Ecwid adds later (kept, and shown as a new field).
 */
export type CustomerGroup = {
  readonly [Field in CustomerGroupFieldDefinition as Field['name']]?: ValueOf<Field['type']>
} & { readonly [unknownField: string]: unknown }

export const customerGroupFieldNames: readonly CustomerGroupFieldName[] = customerGroupFields.map((field) => field.name)

export function isCustomerGroupFieldName(value: string): value is CustomerGroupFieldName {
  return (customerGroupFieldNames as readonly string[]).includes(value)
}
