// Reads an answer with its zod schema; an answer that does not fit becomes MK_UNKNOWN naming the field, not the value.
// A list is read item by item (parseEach): one item that does not fit is set aside with its mk_id, the rest is kept.
import type { z } from 'zod';

import { MetakockaItemUnreadableError, MetakockaUnknownError } from './errors';

export function parseAnswer<S extends z.ZodType>(schema: S, method: string, json: unknown): z.output<S> {
  const result = schema.safeParse(json);
  if (result.success) return result.data;
  return failUnreadable(method, describe(result.error));
}

/** Where an answer does not fit: the first field paths, quoted as the answer spells them, never the value (it may hold
 *  anything) nor zod's English, so every language can name them (issue 15). */
const describe = (error: z.ZodError): string =>
  [...new Set(error.issues.slice(0, 3).map((issue) => `»${issue.path.join('.') || '(answer)'}«`))].join(', ');

function failUnreadable(method: string, fields: string): never {
  // `shape` is a term of MK_UNKNOWN's oprDesc: the catalogue words "the answer does not have the documented shape".
  throw new MetakockaUnknownError(method, '0', 'shape', { fields });
}

/** A list item that does not have the documented shape: reported on its own, with its Metakocka id when it has one. */
export interface UnreadableItem {
  mkId: string | null;
  error: MetakockaItemUnreadableError;
}

export interface ParsedItems<T> {
  items: T[];
  unreadable: UnreadableItem[];
}

/** The first thing wrong with an item: the field's path, and what is wrong as a key the catalogue words per language
 *  (a value the wire-value parsers refused names its kind, fields.ts; an absent field is `missing`). */
function unreadableWhere(error: z.ZodError, item: unknown): { field: string; problem: string } {
  const issue = error.issues[0];
  if (!issue) return { field: '', problem: 'invalid' };
  const field = issue.path.join('.');
  const kind = issue.code === 'custom' ? (issue.params as { kind?: unknown } | undefined)?.kind : undefined;
  if (typeof kind === 'string') return { field, problem: kind };
  if (issue.code !== 'invalid_type') return { field, problem: 'invalid' };
  const value = issue.path.reduce<unknown>(
    (at, key) => (at !== null && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined),
    item,
  );
  return { field, problem: value === undefined || value === null ? 'missing' : 'wrongType' };
}

/** Only an id that looks like one (API.md §3.4: numeric strings) is named; anything else may be garbage. */
function mkIdOf(item: unknown): string | null {
  const raw = typeof item === 'object' && item !== null ? (item as { mk_id?: unknown }).mk_id : undefined;
  const id = typeof raw === 'number' || typeof raw === 'string' ? String(raw).trim() : '';
  return /^\d{1,20}$/.test(id) ? id : null;
}

/**
 * Parses each item of a list on its own (issue 12 item 8): before, one product with `amount: "abc"` failed its whole
 * product_list page, in every later run. `what` names the record kind in the error ("product", "partner", "document").
 */
export function parseEach<S extends z.ZodType>(
  schema: S,
  method: string,
  what: string,
  items: readonly unknown[],
): ParsedItems<z.output<S>> {
  const out: ParsedItems<z.output<S>> = { items: [], unreadable: [] };
  for (const item of items) {
    const result = schema.safeParse(item);
    if (result.success) out.items.push(result.data);
    else {
      const mkId = mkIdOf(item);
      out.unreadable.push({
        mkId,
        error: new MetakockaItemUnreadableError(method, what, mkId, unreadableWhere(result.error, item)),
      });
    }
  }
  return out;
}

/** For callers that must see every item (a lookup that decides whether to write again): an unreadable one fails the call. */
export function everyItem<T>(parsed: ParsedItems<T>): T[] {
  const first = parsed.unreadable[0];
  if (first) throw first.error;
  return parsed.items;
}
