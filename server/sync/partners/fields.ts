// The synced fields of companies, contact people and private persons, each in one canonical form read from either side.
import type { CompanyDraft, CompanyRecord, PersonDraft, PersonRecord } from 'server/crm';
import type { MetakockaAddress, MetakockaContact, MetakockaPartner } from '../mk-port';
import { canonicalPhone, phoneFromTwenty, phoneToTwenty } from './phones';

export interface FieldSpec<TRecord, TDraft, TSource> {
  name: string;
  twoWay: boolean;
  fromMk(source: TSource): unknown;
  fromTwenty(record: TRecord): unknown;
  toTwenty(value: unknown): Partial<TDraft>;
}

export interface CanonicalAddress {
  street: string;
  postcode: string;
  city: string;
  country: string;
}

const clean = (s: string | null | undefined) => (s ?? '').replace(/\s+/g, ' ').trim();
export const normaliseTaxNumber = (s: string | null | undefined) => (s ?? '').replace(/[\s.-]/g, '').toUpperCase();
const lower = (s: string | null | undefined) => clean(s).toLowerCase();

/** The billing address is the one of type "Račun", not simply the first listed (API.md §3.1). */
export const billingAddress = (partner: MetakockaPartner): MetakockaAddress | undefined =>
  partner.addresses.find((a) => a.type.toLowerCase().startsWith('ra')) ?? partner.addresses[0];

const canonicalAddress = (a: MetakockaAddress | undefined): CanonicalAddress => ({
  street: clean(a?.street),
  postcode: clean(a?.postNumber),
  city: clean(a?.city),
  country: clean(a?.country),
});

export function splitName(full: string): { firstName: string; lastName: string } {
  const name = clean(full);
  const space = name.indexOf(' ');
  return space < 0
    ? { firstName: name, lastName: '' }
    : { firstName: name.slice(0, space), lastName: name.slice(space + 1) };
}
export const joinName = (name: { firstName?: string | null; lastName?: string | null } | null | undefined) =>
  clean(`${name?.firstName ?? ''} ${name?.lastName ?? ''}`);

/** Every address with its Metakocka id, so a contact push can name its address (update_partner needs mk_address_id, API.md §2.2). */
const deliveryAddresses = (partner: MetakockaPartner) =>
  partner.addresses.map((a) => ({
    mkId: a.mkId,
    type: a.type,
    street: a.street,
    postNumber: a.postNumber,
    city: a.city,
    country: a.country,
  }));

export const COMPANY_FIELDS: Array<FieldSpec<CompanyRecord, CompanyDraft, MetakockaPartner>> = [
  {
    name: 'name',
    twoWay: true,
    fromMk: (p) => clean(p.name),
    fromTwenty: (r) => clean(r.name),
    toTwenty: (v) => ({ name: v as string }),
  },
  {
    name: 'address',
    twoWay: true,
    fromMk: (p) => canonicalAddress(billingAddress(p)),
    fromTwenty: (r) => ({
      street: clean(r.address?.addressStreet1),
      postcode: clean(r.address?.addressPostcode),
      city: clean(r.address?.addressCity),
      country: clean(r.address?.addressCountry),
    }),
    toTwenty: (v) => {
      const a = v as CanonicalAddress;
      return {
        address: {
          addressStreet1: a.street,
          addressPostcode: a.postcode,
          addressCity: a.city,
          addressCountry: a.country,
        },
      };
    },
  },
  {
    name: 'taxNumber',
    twoWay: true,
    fromMk: (p) => normaliseTaxNumber(p.taxIdNumber),
    fromTwenty: (r) => normaliseTaxNumber(r.metakockaTaxNumber),
    toTwenty: (v) => ({ metakockaTaxNumber: v as string }),
  },
  {
    name: 'vatPayer',
    twoWay: true,
    fromMk: (p) => p.taxpayer,
    fromTwenty: (r) => r.metakockaVatPayer ?? false,
    toTwenty: (v) => ({ metakockaVatPayer: v as boolean }),
  },
  {
    name: 'code',
    twoWay: false,
    fromMk: (p) => p.countCode,
    fromTwenty: (r) => r.metakockaPartnerCode,
    toTwenty: (v) => ({ metakockaPartnerCode: v as string }),
  },
  {
    name: 'addresses',
    twoWay: false,
    fromMk: deliveryAddresses,
    fromTwenty: (r) => r.metakockaDeliveryAddresses,
    toTwenty: (v) => ({ metakockaDeliveryAddresses: v }),
  },
];

/** A contact of a company partner, or the partner itself when it is a private person; the country picks the phone prefix. */
export interface PersonSource {
  name: string;
  email: string;
  phone: string;
  country: string;
  partner?: MetakockaPartner; // private persons only
}

export const contactSource = (contact: MetakockaContact, partner: MetakockaPartner): PersonSource => ({
  name: contact.name || partner.name,
  email: contact.email,
  phone: contact.gsm || contact.phone,
  country: billingAddress(partner)?.country ?? '',
});

/** A private person partner as a person: its own name, its first contact's e-mail and phone. */
export const privatePersonSource = (partner: MetakockaPartner): PersonSource => {
  const contact = partner.contacts[0];
  return {
    name: partner.name,
    email: contact?.email ?? '',
    phone: contact ? contact.gsm || contact.phone : '',
    country: billingAddress(partner)?.country ?? '',
    partner,
  };
};

export const PERSON_FIELDS: Array<FieldSpec<PersonRecord, PersonDraft, PersonSource>> = [
  {
    name: 'name',
    twoWay: true,
    fromMk: (s) => clean(s.name),
    fromTwenty: (r) => joinName(r.name),
    toTwenty: (v) => ({ name: splitName(v as string) }),
  },
  {
    name: 'email',
    twoWay: true,
    fromMk: (s) => lower(s.email),
    fromTwenty: (r) => lower(r.emails?.primaryEmail),
    toTwenty: (v) => ({ emails: { primaryEmail: v as string } }),
  },
  {
    name: 'phone',
    twoWay: true,
    fromMk: (s) => canonicalPhone(s.phone, s.country),
    fromTwenty: (r) => phoneFromTwenty(r.phones),
    toTwenty: (v) => ({ phones: phoneToTwenty(v as string | null) }),
  },
];

/** Private persons also carry the partner's tax number, code and addresses. */
export const PRIVATE_PERSON_FIELDS: Array<FieldSpec<PersonRecord, PersonDraft, PersonSource>> = [
  ...PERSON_FIELDS,
  {
    name: 'taxNumber',
    twoWay: true,
    fromMk: (s) => normaliseTaxNumber(s.partner?.taxIdNumber),
    fromTwenty: (r) => normaliseTaxNumber(r.metakockaTaxNumber),
    toTwenty: (v) => ({ metakockaTaxNumber: v as string }),
  },
  {
    name: 'code',
    twoWay: false,
    fromMk: (s) => s.partner?.countCode ?? '',
    fromTwenty: (r) => r.metakockaPartnerCode,
    toTwenty: (v) => ({ metakockaPartnerCode: v as string }),
  },
  {
    name: 'addresses',
    twoWay: false,
    fromMk: (s) => (s.partner ? deliveryAddresses(s.partner) : []),
    fromTwenty: (r) => r.metakockaDeliveryAddresses,
    toTwenty: (v) => ({ metakockaDeliveryAddresses: v }),
  },
];
