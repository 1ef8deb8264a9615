// The settings document as dotted paths: read and write one setting of a draft, and the change a save or a preview
// sends (only the settings that differ from the stored ones, nested as the document is). Pure.
export type SettingsValue = Record<string, unknown>;

export function valueAt(document: SettingsValue, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node as SettingsValue | undefined)?.[key], document);
}

/** A copy of the document with one setting replaced; the rest is shared. */
export function withValue<T extends SettingsValue>(document: T, path: string, value: unknown): T {
  const [key, ...rest] = path.split('.') as [string, ...string[]];
  if (rest.length === 0) return { ...document, [key]: value };
  return { ...document, [key]: withValue((document[key] ?? {}) as SettingsValue, rest.join('.'), value) };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/** The settings among `paths` whose draft value differs from the stored one, as a partial document. */
export function changeOf(stored: SettingsValue, draft: SettingsValue, paths: readonly string[]): SettingsValue {
  return paths
    .filter((path) => !same(valueAt(stored, path), valueAt(draft, path)))
    .reduce<SettingsValue>((change, path) => withValue(change, path, valueAt(draft, path)), {});
}

export const changedPaths = (stored: SettingsValue, draft: SettingsValue, paths: readonly string[]): string[] =>
  paths.filter((path) => !same(valueAt(stored, path), valueAt(draft, path)));

/** A typed number, or the text as typed when it is not one (the save then refuses it, naming the setting). */
export const numberOrText = (text: string): number | string =>
  text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;

/** Comma-separated values, trimmed, empty ones dropped. */
export const listOf = (text: string): string[] =>
  text
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
