/**
 * Field values: input validation + normalisation into the stored form, and rendering of stored values.
 * Stored form mirrors Postgres: empty text is NULL (README "Empty values"), composites are objects of sub-fields.
 * Rendering: NULL text comes back as "", arrays as [], Currency and lat/lng stay null (a1, b1, c1).
 */
import { errors } from './errors';
import { normaliseLinks } from './links';
import { normalisePhone } from './phones';
import { markdownToBlocknote } from './rich-text';
import { COMPOSITE_SUBFIELDS, type FieldMeta } from './model';

export type Stored = Record<string, unknown>;

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const EMAIL_RE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID_RE.test(value);
}

export function text(value: unknown, path: string, kind = 'text'): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string') throw errors.invalidString(value, kind, path); // g2a
  return value === '' ? null : value;
}

export function numberValue(value: unknown, path: string): number | null {
  if (value === null || value === undefined) return null;
  // a1: a numeric string is accepted; g2c: anything else is Number()-ed and reported as NaN
  const n = typeof value === 'number' ? value : typeof value === 'string' && value.trim() !== '' ? Number(value) : NaN;
  if (!Number.isFinite(n)) throw errors.invalidNumber(String(n), path);
  return n;
}

export function uuidValue(
  value: unknown,
  path: string,
  subCode: 'INVALID_ARGS_DATA' | 'INVALID_ARGS_FILTER',
): string | null {
  if (value === null || value === undefined) return null;
  if (!isUuid(value)) throw errors.invalidUuid(value, path, subCode); // g2d, g5d
  return value.toLowerCase();
}

function email(value: unknown, path: string): string | null {
  const v = text(value, path, 'email');
  if (v === null) return null;
  if (!EMAIL_RE.test(v)) throw errors.invalidString(value, 'email', path); // b3
  return v.toLowerCase(); // b6: emails are lower-cased on write
}

function dateTime(value: unknown, path: string): string | null {
  if (value === null || value === undefined) return null;
  if (
    typeof value !== 'string' ||
    !/^\d{4}-\d{2}-\d{2}([T ][\d:.]+)?(Z|[+-]\d{2}:?\d{2})?$/.test(value) ||
    Number.isNaN(Date.parse(value))
  )
    throw errors.invalidValue(value, 'date', path);
  return new Date(value).toISOString();
}

function dateOnly(value: unknown, path: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value)))
    throw errors.invalidValue(value, 'date', path);
  return value;
}

function selectValue(field: FieldMeta, value: unknown, path: string): string | null {
  if (value === null || value === undefined) return null;
  if (typeof value !== 'string' || !(field.options ?? []).includes(value))
    throw errors.invalidSelect(value, path, field.options ?? []); // g2e, g2f
  return value;
}

function compositeInput(value: unknown, field: FieldMeta, path: string, objectName: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw errors.invalidValue(value, field.type.toLowerCase(), path);
  const allowed = COMPOSITE_SUBFIELDS[field.type]!;
  for (const key of Object.keys(value))
    if (!allowed.includes(key)) throw errors.unknownDataField(objectName, `${path}.${key}`);
  return value as Record<string, unknown>;
}

/** An all-empty stored composite. */
export function emptyComposite(type: string): Stored {
  const out: Stored = {};
  for (const sub of COMPOSITE_SUBFIELDS[type]!) out[sub] = null;
  return out;
}

/**
 * Converts one input value into its stored form. `existing` is the stored value being updated (undefined on create).
 * Returns `undefined` when the input must be ignored (a whole composite sent as null, u2).
 */
export function writeValue(field: FieldMeta, value: unknown, existing: unknown, objectName: string): unknown {
  const path = field.name;
  switch (field.type) {
    case 'TEXT':
      return text(value, path);
    case 'UUID':
      return uuidValue(value, path, 'INVALID_ARGS_DATA');
    case 'NUMBER':
    case 'NUMERIC':
    case 'POSITION':
      return numberValue(value, path);
    case 'RATING':
    case 'SELECT':
      return selectValue(field, value, path);
    case 'MULTI_SELECT': {
      if (value === null || value === undefined) return null;
      if (!Array.isArray(value)) throw errors.invalidSelect(value, path, field.options ?? []);
      return value.map((v) => selectValue(field, v, path));
    }
    case 'BOOLEAN':
      if (value === null || value === undefined) return null;
      if (typeof value !== 'boolean') throw errors.invalidValue(value, 'boolean', path);
      return value;
    case 'DATE_TIME':
      return dateTime(value, path);
    case 'DATE':
      return dateOnly(value, path);
    case 'RAW_JSON':
    case 'FILES':
      return value ?? null;
    case 'ARRAY':
      if (value === null || value === undefined) return null;
      if (!Array.isArray(value) || value.some((v) => typeof v !== 'string'))
        throw errors.invalidValue(value, 'array', path);
      return value.length ? value : null;
    case 'ACTOR':
      return undefined; // the server sets createdBy/updatedBy from the caller (a1)
    default:
      break;
  }
  if (!(field.type in COMPOSITE_SUBFIELDS)) throw errors.invalidValue(value, field.type, path);
  if (value === null) return undefined; // u2: a whole composite sent as null is ignored
  const input = compositeInput(value, field, path, objectName);
  const base = (existing as Stored | undefined) ?? emptyComposite(field.type);
  const has = (k: string) => Object.prototype.hasOwnProperty.call(input, k);
  switch (field.type) {
    case 'LINKS':
      // u1: Links are replaced as a whole on update
      return normaliseLinks(input, path, (v, p) => text(v, p));
    case 'PHONES': {
      // u4: Phones behave as a replace (additionalPhones reset)
      const primary = normalisePhone(
        input.primaryPhoneNumber,
        input.primaryPhoneCountryCode,
        input.primaryPhoneCallingCode,
      );
      const additional = Array.isArray(input.additionalPhones)
        ? input.additionalPhones.map((p: Record<string, unknown>) => {
            const n = normalisePhone(p?.number, p?.countryCode, p?.callingCode);
            return { number: n.number ?? '', countryCode: n.countryCode ?? '', callingCode: n.callingCode ?? '' };
          })
        : null;
      if (input.additionalPhones != null && !Array.isArray(input.additionalPhones))
        throw errors.invalidValue(input.additionalPhones, 'JSON array', `${path}.additionalPhones`);
      return {
        primaryPhoneNumber: primary.number,
        primaryPhoneCountryCode:
          primary.number === null && !has('primaryPhoneCountryCode') ? null : primary.countryCode,
        primaryPhoneCallingCode:
          primary.number === null && !has('primaryPhoneCallingCode') && !has('primaryPhoneCountryCode')
            ? null
            : primary.callingCode,
        additionalPhones: additional && additional.length ? additional : null,
      };
    }
    case 'EMAILS': {
      // u4: Emails are merged
      const out = { ...base };
      if (has('primaryEmail')) out.primaryEmail = email(input.primaryEmail, `${path}.primaryEmail`);
      if (has('additionalEmails')) {
        const list = input.additionalEmails;
        if (list !== null && !Array.isArray(list))
          throw errors.invalidValue(list, 'JSON array', `${path}.additionalEmails`);
        const cleaned = (list ?? [])
          .map((e: unknown) => email(e, `${path}.additionalEmails`))
          .filter((e: string | null): e is string => e !== null);
        out.additionalEmails = cleaned.length ? cleaned : null;
      }
      return out;
    }
    case 'CURRENCY': {
      // u1: merged; amountMicros accepts a number or numeric string (a1, g2c)
      const out = { ...base };
      if (has('amountMicros')) out.amountMicros = numberValue(input.amountMicros, `${path}.amountMicros`);
      if (has('currencyCode')) {
        const code = text(input.currencyCode, `${path}.currencyCode`);
        if (code !== null && !/^[A-Z]{3}$/.test(code))
          throw errors.invalidValue(code, 'currency code', `${path}.currencyCode`);
        out.currencyCode = code;
      }
      return out;
    }
    case 'ADDRESS': {
      const out = { ...base };
      for (const sub of COMPOSITE_SUBFIELDS.ADDRESS!) {
        if (!has(sub)) continue;
        out[sub] =
          sub === 'addressLat' || sub === 'addressLng'
            ? numberValue(input[sub], `${path}.${sub}`)
            : text(input[sub], `${path}.${sub}`);
      }
      return out;
    }
    case 'FULL_NAME': {
      const out = { ...base };
      for (const sub of ['firstName', 'lastName']) if (has(sub)) out[sub] = text(input[sub], `${path}.${sub}`);
      return out;
    }
    case 'RICH_TEXT': {
      const out = { ...base };
      if (has('markdown')) {
        out.markdown = text(input.markdown, `${path}.markdown`);
        out.blocknote = has('blocknote')
          ? text(input.blocknote, `${path}.blocknote`)
          : out.markdown === null
            ? null
            : markdownToBlocknote(out.markdown as string);
      } else if (has('blocknote')) {
        out.blocknote = text(input.blocknote, `${path}.blocknote`);
      }
      return out;
    }
    default:
      throw errors.invalidValue(value, field.type, path);
  }
}

const NULL_SUBFIELDS = new Set([
  'amountMicros',
  'currencyCode',
  'addressLat',
  'addressLng',
  'workspaceMemberId',
  'context',
]);
const ARRAY_SUBFIELDS = new Set(['secondaryLinks', 'additionalEmails', 'additionalPhones']);

/** Stored value -> API value: NULL text becomes "", arrays [], Currency/lat/lng stay null (a1, b1, c1). */
export function renderValue(field: FieldMeta, stored: unknown): unknown {
  const sub = COMPOSITE_SUBFIELDS[field.type];
  if (sub) {
    const value = (stored as Stored | null | undefined) ?? {};
    const out: Stored = {};
    for (const name of sub) out[name] = renderSubField(name, value[name]);
    return out;
  }
  if (field.type === 'TEXT') return stored ?? '';
  if (field.type === 'ARRAY' || field.type === 'MULTI_SELECT' || field.type === 'FILES')
    return stored ?? (field.type === 'FILES' ? [] : null);
  return stored ?? null;
}

export function renderSubField(name: string, value: unknown): unknown {
  if (ARRAY_SUBFIELDS.has(name)) return value ?? [];
  if (NULL_SUBFIELDS.has(name)) return value ?? (name === 'context' ? {} : null);
  return value ?? '';
}
