/**
 * Reading request bodies the way Metakocka tolerates them: values may arrive as strings, numbers or booleans
 * (API.md §1.5: "a server that accepts both forms is the safe assumption for a simulator").
 */
import { MkFail } from '../store/mk-fail';

export type Body = Record<string, unknown>;

export function text(body: Body, key: string): string | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  throw new MkFail('2', `Paramether '${key}' has invalid value.`);
}

/** A non-empty string value, or undefined. */
export function filled(body: Body, key: string): string | undefined {
  const v = text(body, key);
  return v === undefined || v.trim() === '' ? undefined : v;
}

export function flag(body: Body, key: string): boolean | undefined {
  const v = text(body, key);
  if (v === undefined || v === '') return undefined;
  if (v === 'true') return true;
  if (v === 'false') return false;
  throw new MkFail('2', `Paramether '${key}' has invalid value : ${v}. Valid values : true,false`);
}

/** A list that may arrive as one object instead of an array (API.md §6 item 4 works both ways). */
export function items(body: Body, key: string): Body[] {
  const v = body[key];
  if (v === undefined || v === null || v === '') return [];
  const list = Array.isArray(v) ? v : [v];
  for (const item of list) {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      throw new MkFail('2', `Paramether '${key}' has invalid value.`);
  }
  return list as Body[];
}

export function object(body: Body, key: string): Body | undefined {
  const v = body[key];
  if (v === undefined || v === null) return undefined;
  if (typeof v !== 'object' || Array.isArray(v)) throw new MkFail('2', `Paramether '${key}' has invalid value.`);
  return v as Body;
}

/** Enforces a documented maximum length (API.md §2.2, §2.3). */
export function maxLength(value: string | undefined, key: string, max: number): void {
  if (value !== undefined && [...value].length > max) {
    throw new MkFail('2', `Paramether '${key}' is too long (${[...value].length} characters). Max length is ${max}.`);
  }
}
