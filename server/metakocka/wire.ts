// Request bodies go out with every scalar as a string, as the reference advises (API.md §1.5 "a client should send strings").
export type WireValue =
  string | number | bigint | boolean | null | undefined | WireValue[] | { [key: string]: WireValue };
export type WireObject = { [key: string]: WireValue };

/**
 * Strings everything; drops undefined. Non-integer JS numbers are refused: money and quantities must come in as
 * decimal strings, so a float never reaches Metakocka (DESIGN/PREAMBLE: no floats).
 */
export function toWire(value: WireValue): unknown {
  if (value === null || value === undefined) return value;
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (typeof value === 'number') {
    if (!Number.isSafeInteger(value))
      throw new TypeError('Send non-integer numbers to Metakocka as decimal strings, not floats.');
    return String(value);
  }
  if (Array.isArray(value)) return value.map(toWire);
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (item !== undefined) out[key] = toWire(item);
  }
  return out;
}
