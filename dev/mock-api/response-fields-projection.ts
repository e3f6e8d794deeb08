/**
 * The server side of Ecwid's responseFields: parses `total,items(id,name)` and keeps only the
 * listed keys, applying children to objects and to each element of arrays.
 */
export interface FieldNode {
  readonly name: string
  readonly children: readonly FieldNode[] | null
}

export class ResponseFieldsSyntaxError extends Error {}

export function parseResponseFields(text: string): FieldNode[] {
  let position = 0
  function list(): FieldNode[] {
    const nodes: FieldNode[] = []
    for (;;) {
      const match = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(position))
      if (!match) throw new ResponseFieldsSyntaxError(`Expected a field name at ${position}`)
      position += match[0].length
      let children: FieldNode[] | null = null
      if (text[position] === '(') {
        position++
        children = list()
        if (text[position] !== ')') throw new ResponseFieldsSyntaxError(`Expected ) at ${position}`)
        position++
      }
      nodes.push({ name: match[0], children })
      if (text[position] !== ',') return nodes
      position++
    }
  }
  const nodes = list()
  if (position !== text.length)
    throw new ResponseFieldsSyntaxError(`Unexpected ${JSON.stringify(text[position])} at ${position}`)
  return nodes
}

export function project(value: unknown, fields: readonly FieldNode[]): unknown {
  if (Array.isArray(value)) return value.map((item) => project(item, fields))
  if (typeof value !== 'object' || value === null) return value
  const source = value as Record<string, unknown>
  const result: Record<string, unknown> = {}
  for (const field of fields) {
    if (!(field.name in source)) continue
    result[field.name] = field.children ? project(source[field.name], field.children) : source[field.name]
  }
  return result
}
