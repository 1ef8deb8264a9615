// What an upgrade test compares: the stand-in's rows of some objects, as plain JSON, and the same rows without the
// fields the upgrade is allowed to change.
type Rows = Record<string, Array<Record<string, unknown>>>;

export const rowsOf = (store: { rows(object: string): unknown[] }, objects: string[]): Rows =>
  JSON.parse(JSON.stringify(Object.fromEntries(objects.map((object) => [object, store.rows(object)]))));

export const withoutFields = (rows: Rows, fields: string[]): Rows =>
  Object.fromEntries(
    Object.entries(rows).map(([object, list]) => [
      object,
      list.map((row) => Object.fromEntries(Object.entries(row).filter(([key]) => !fields.includes(key)))),
    ]),
  );
