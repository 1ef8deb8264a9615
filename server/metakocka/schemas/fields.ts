// zod building blocks for Metakocka wire values. Everything arrives as a string (API.md §1.5); these turn the
// strings into exact types and report the field path when a value is not what Metakocka documents.
import { z } from 'zod';

import {
  asArray,
  MkValueError,
  parseMkBoolean,
  parseMkDate,
  parseMkDecimal,
  parseMkTimestamp,
  type MkValueKind,
} from '../values';

const isScalar = (raw: unknown): raw is string | number | boolean =>
  typeof raw === 'string' || typeof raw === 'number' || typeof raw === 'boolean';

// One transform per field instead of a zod union: a page of 1000 products has tens of thousands of values.
const parsed = <T>(kind: MkValueKind, parse: (raw: string) => T) =>
  z.unknown().transform((raw, ctx): T => {
    // An absent field is told as missing rather than as a value of the wrong kind (optional() keeps it from here).
    if (raw === undefined || raw === null) {
      ctx.addIssue({ code: 'custom', message: 'missing', params: { kind: 'missing' } });
      return z.NEVER;
    }
    try {
      if (!isScalar(raw)) throw new MkValueError(kind, raw);
      return parse(String(raw));
    } catch {
      // The value itself stays out of the message: errors travel to logs and issues (PREAMBLE: nothing from the wire).
      // The kind goes along as a key, so an unreadable item's issue words it per reader (parse.ts).
      ctx.addIssue({ code: 'custom', message: `not a valid ${kind}`, params: { kind } });
      return z.NEVER;
    }
  });

/** Ids and codes: numeric strings on the wire (API.md §3.4), kept as strings. */
export const mkId = parsed('id', (raw) => raw);
export const mkText = parsed('text', (raw) => raw);
export const mkDecimal = parsed('number', parseMkDecimal);
export const mkBoolean = parsed('boolean', (raw) => parseMkBoolean(raw));
export const mkDate = parsed('date', parseMkDate);
export const mkTimestamp = parsed('timestamp', parseMkTimestamp);
export const mkCount = parsed('count', (raw) => {
  if (!/^\d+$/.test(raw.trim())) throw new MkValueError('count', raw);
  return Number(raw.trim());
});

/** A list that may arrive as a single object, or not at all (API.md §6, item 4). */
export const mkList = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => asArray(value as unknown), z.array(item));

/** A list whose items are read one by one (parse.ts parseEach), so one bad item does not fail the others. */
export const mkItems = mkList(z.unknown());

/** An optional field that Metakocka sometimes sends as "" for "not set". */
export const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === '' || value === null ? undefined : value), schema.optional());
