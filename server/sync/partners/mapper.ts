// Pure mapping both ways between Metakocka partners and Twenty companies/people, through the canonical field values.
import type { ConflictPolicy } from 'server/settings/schema';
import { reconcile, type ReconcileResult } from '../conflicts';
import { decodeFieldHashes, encodeFieldHashes, type FieldHashes } from '../hashing';
import type { MetakockaContactDraft, MetakockaPartnerDraft } from '../mk-port';
import { MappingError } from '../errors';
import { BINDING_HASH_KEY } from '../bindings';
import type { CanonicalAddress, FieldSpec } from './fields';

export type Values = Record<string, unknown>;

export const mkValues = <S>(specs: Array<FieldSpec<any, any, S>>, source: S): Values =>
  Object.fromEntries(specs.map((s) => [s.name, s.fromMk(source)]));
export const twentyValues = <R>(specs: Array<FieldSpec<R, any, any>>, record: R): Values =>
  Object.fromEntries(specs.map((s) => [s.name, s.fromTwenty(record)]));

export function draftOf<D>(specs: Array<FieldSpec<any, D, any>>, values: Values, only?: string[]): Partial<D> {
  return Object.assign(
    {},
    ...specs.filter((s) => !only || only.includes(s.name)).map((s) => s.toTwenty(values[s.name])),
  );
}

export interface RecordPlan<D> {
  result: ReconcileResult;
  /** Fields to write to Twenty (with the new sync hash), or null when Twenty needs no write. */
  draft: Partial<D> | null;
  mk: Values;
  tw: Values;
}

export interface SyncedRecord {
  metakockaSyncHash: string | null;
  updatedAt: string;
}

/** Compares a Metakocka source with its bound Twenty record and decides, field by field, what goes where.
 *  `binding` is the record's binding after this write (bindingOf), recorded in the hash (D40). */
export function planRecord<R extends SyncedRecord, D, S>(
  specs: Array<FieldSpec<R, D, S>>,
  source: S,
  record: R | null,
  policy: (field: string) => ConflictPolicy,
  seenAt: string,
  opts: { binding: string; pushesNow?: boolean },
): RecordPlan<D> {
  const mk = mkValues(specs, source);
  const tw = record ? twentyValues(specs, record) : Object.fromEntries(specs.map((s) => [s.name, null]));
  const last: FieldHashes | null = record ? decodeFieldHashes(record.metakockaSyncHash) : null;
  const result = reconcile({
    fields: specs.map((s) => ({ name: s.name, mk: mk[s.name], tw: tw[s.name], twoWay: s.twoWay })),
    last: record ? last : null,
    policy,
    twentyChangedAt: record?.updatedAt ?? seenAt,
    metakockaSeenAt: seenAt,
  });
  // A pull only queues the push: until Metakocka has Twenty's value, the last agreed hash stays (else the push would see no change).
  if (opts.pushesNow === false)
    for (const name of result.toMetakocka) if (last?.[name] !== undefined) result.hashes[name] = last[name]!;
  result.hashes[BINDING_HASH_KEY] = opts.binding;
  const hash = encodeFieldHashes(result.hashes);
  const needsWrite = !record || result.toTwenty.length > 0 || hash !== record.metakockaSyncHash;
  const draft = needsWrite
    ? ({ ...draftOf(specs, mk, record ? result.toTwenty : undefined), metakockaSyncHash: hash } as Partial<D>)
    : null;
  return { result, draft, mk, tw };
}

/** The values to send to Metakocka: Twenty's for the fields Twenty won, Metakocka's for the rest. */
export const mergedForMetakocka = (plan: { mk: Values; tw: Values }, fromTwenty: string[]): Values =>
  Object.fromEntries(
    Object.keys(plan.mk).map((name) => [name, fromTwenty.includes(name) ? plan.tw[name] : plan.mk[name]]),
  );

const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function companyToPartner(values: Values, mkId?: string): MetakockaPartnerDraft {
  const name = str(values.name);
  if (name === '') throw new MappingError('companyNoName');
  const address = (values.address ?? {}) as Partial<CanonicalAddress>;
  return {
    mkId,
    name: name.slice(0, 100),
    businessEntity: true,
    taxpayer: values.vatPayer === true,
    taxIdNumber: str(values.taxNumber),
    street: str(address.street),
    postNumber: str(address.postcode),
    city: str(address.city),
    country: str(address.country),
  };
}

export function personToContact(
  values: Values,
  contactMkId: string | undefined,
  addressMkId: string | undefined,
): MetakockaContactDraft {
  const name = str(values.name);
  if (name === '') throw new MappingError('personNoName');
  return { mkId: contactMkId, addressMkId, name, email: str(values.email), gsm: str(values.phone), phone: '' };
}

export function personToPrivatePartner(
  values: Values,
  addresses: unknown,
  mkId?: string,
  contactMkId?: string,
): MetakockaPartnerDraft {
  const contact = personToContact(values, contactMkId, undefined);
  const billing = Array.isArray(addresses)
    ? (addresses as Array<Record<string, string>>).find((a) => (a.type ?? '').toLowerCase().startsWith('ra'))
    : undefined;
  return {
    mkId,
    name: contact.name.slice(0, 100),
    businessEntity: false,
    taxpayer: false,
    taxIdNumber: str(values.taxNumber),
    street: billing?.street ?? '',
    postNumber: billing?.postNumber ?? '',
    city: billing?.city ?? '',
    country: billing?.country ?? '',
    contacts: [{ ...contact, addressMkId: billing?.mkId }],
  };
}
