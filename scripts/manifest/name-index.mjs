// Shared helpers of the manifest summary: deterministic key order, keyed maps, and names for universal identifiers.
import { STANDARD_OBJECT, STANDARD_PAGE_LAYOUT, SystemPermissionFlag } from 'twenty-sdk/define';

export const sortKeys = (value) => {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.keys(value)
      .sort()
      .filter((key) => value[key] !== undefined)
      .map((key) => [key, sortKeys(value[key])]),
  );
};

export const keyedBy = (items, keyOf, describe) => {
  const out = {};
  for (const item of items) {
    const key = keyOf(item);
    if (key in out)
      throw new Error(`Two entries share the key "${key}" in the manifest summary; give them distinct names.`);
    out[key] = describe(item);
  }
  return out;
};

/** Names for every universal identifier the summary mentions: the app's own entities and Twenty's standard ones. */
export const buildNameIndex = (built) => {
  const objects = new Map();
  const fields = new Map();
  for (const [name, object] of Object.entries(STANDARD_OBJECT)) {
    objects.set(object.universalIdentifier, name);
    for (const [fieldName, field] of Object.entries(object.fields ?? {}))
      fields.set(field.universalIdentifier, `${name}.${fieldName}`);
  }
  for (const object of built.objects ?? []) {
    objects.set(object.universalIdentifier, object.nameSingular);
    for (const field of object.fields ?? [])
      fields.set(field.universalIdentifier, `${object.nameSingular}.${field.name}`);
  }
  for (const field of built.fields ?? []) {
    fields.set(
      field.universalIdentifier,
      `${objects.get(field.objectUniversalIdentifier) ?? field.objectUniversalIdentifier}.${field.name}`,
    );
  }
  const pageLayouts = new Map(
    Object.entries(STANDARD_PAGE_LAYOUT).map(([name, layout]) => [layout.universalIdentifier, name]),
  );
  for (const layout of built.pageLayouts ?? []) pageLayouts.set(layout.universalIdentifier, layout.name);
  const flags = new Map(Object.entries(SystemPermissionFlag).map(([key, id]) => [id, key]));
  for (const flag of built.permissionFlags ?? []) flags.set(flag.universalIdentifier, flag.key);
  const views = new Map(
    (built.views ?? []).map((view) => [
      view.universalIdentifier,
      `${objects.get(view.objectUniversalIdentifier)}:${view.name}`,
    ]),
  );
  const frontComponents = new Map(
    (built.frontComponents ?? []).map((fc) => [fc.universalIdentifier, fc.name ?? fc.universalIdentifier]),
  );
  const name = (map, id) => (id === undefined || id === null ? undefined : (map.get(id) ?? `unknown:${id}`));
  return {
    object: (id) => name(objects, id),
    field: (id) => name(fields, id),
    pageLayout: (id) => name(pageLayouts, id),
    flag: (id) => name(flags, id),
    view: (id) => name(views, id),
    frontComponent: (id) => name(frontComponents, id),
  };
};
