/**
 * Ecwid's `responseFields` syntax: comma-separated names, children in parentheses, no spaces,
 * e.g. `total,count,items(id,name)`. A tree of selected names is turned into that string here.
 */
export interface FieldSelection {
  readonly name: string
  readonly children?: readonly FieldSelection[]
}

const FIELD_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/

/** Serializes a selection tree. Throws on a name Ecwid could not parse: that is our bug, not the user's. */
export function toResponseFields(selection: readonly FieldSelection[]): string {
  return selection
    .map((field) => {
      if (!FIELD_NAME.test(field.name)) throw new Error(`Not a responseFields name: ${JSON.stringify(field.name)}`)
      if (field.children === undefined) return field.name
      if (field.children.length === 0) throw new Error(`Field ${field.name} has an empty child list`)
      return `${field.name}(${toResponseFields(field.children)})`
    })
    .join(',')
}

/** Shorthand for a flat list of names. */
export function fieldNames(...names: string[]): FieldSelection[] {
  return names.map((name) => ({ name }))
}

/**
 * The parameter for a selection out of a known set: `undefined` (send no parameter) when every
 * known field is selected, so fields Ecwid adds later still come back; otherwise the selected
 * names in schema order.
 */
export function responseFieldsFor(
  selected: readonly string[],
  allInSchemaOrder: readonly string[],
): string | undefined {
  if (selected.length === 0) throw new Error('At least one response field must be selected')
  const wanted = new Set(selected)
  if (allInSchemaOrder.every((name) => wanted.has(name))) return undefined
  return toResponseFields(fieldNames(...allInSchemaOrder.filter((name) => wanted.has(name))))
}
