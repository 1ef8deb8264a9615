/** Shaping answers the way Metakocka does (API.md §1.5, §6 items 2 and 4). */

export const wireBool = (b: boolean): string => (b ? 'true' : 'false');

/** One element collapses to a bare object; several stay an array (API.md §6 item 4). */
export function collapse<T>(list: T[]): T | T[] {
  return list.length === 1 ? (list[0] as T) : list;
}

/**
 * Marks a wire record whose undefined fields must be absent on the wire (API.md §2.4 "fields may be missing").
 * JSON.stringify already leaves undefined values out, and deleting keys would slow serialisation of 1000-row pages,
 * so this only documents intent.
 */
export function compact<T extends Record<string, unknown>>(record: T): T {
  return record;
}
