/** Statuses whose response has no body: the Response constructor refuses one for them. */
export const NULL_BODY_STATUSES: ReadonlySet<number> = new Set([204, 205, 304])
