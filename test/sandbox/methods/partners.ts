/** get_partner, add_partner, update_partner (family B; API.md §2.2, §3.1). */
import { MkFail } from '../store/mk-fail';
import { countryIso } from '../store/registers';
import type { SandboxStore } from '../store/store';
import type { Address, AddressType, Contact, Partner } from '../store/types';
import { filled, flag, items, maxLength, object, text, type Body } from '../values/body';
import { partnerWire } from '../wire/partner-wire';
import type { MethodHandler } from './types';

const NO_PARTNER = (): MkFail => new MkFail('2', 'No partner with such properties.');
const lower = (s: string | undefined): string => (s ?? '').toLocaleLowerCase('sl');
const digits = (s: string | undefined): string => (s ?? '').replace(/\D/g, '');

function matches(p: Partner, body: Body): boolean {
  const id = filled(body, 'partner_id');
  const name = filled(body, 'partner_name');
  const tax = filled(body, 'partner_tax_number');
  const email = filled(body, 'partner_email');
  const phone = filled(body, 'partner_phone_number');
  if (id !== undefined && p.mkId !== id) return false;
  // Name search is a contains match (API.md §2.2: "janez" finds "BAJEC JANEZ").
  if (name !== undefined && !lower(p.customer).includes(lower(name))) return false;
  if (tax !== undefined && lower(p.taxIdNumber).replace(/\s/g, '') !== lower(tax).replace(/\s/g, '')) return false;
  if (email !== undefined && !p.contacts.some((c) => lower(c.email) === lower(email))) return false;
  if (phone !== undefined && !p.contacts.some((c) => [c.phone, c.gsm].some((x) => x && digits(x) === digits(phone))))
    return false;
  return true;
}

const FILTERS = ['partner_id', 'partner_name', 'partner_tax_number', 'partner_email', 'partner_phone_number'];

export const getPartner: MethodHandler = ({ store, body }) => {
  const filtered = FILTERS.some((k) => filled(body, k) !== undefined);
  let hits = store.partners.list().filter((p) => !filtered || matches(p, body)); // creation order (API.md §2.2)
  // No filter returns all partners; limit/offset may or may not be honoured (API.md §2.2, UNCONFIRMED: both modes).
  if (!filtered && store.settings.partnerPaging === 'honoured') {
    const offset = Number(text(body, 'offset') ?? '0') || 0;
    const limit = Number(text(body, 'limit') ?? '0') || hits.length;
    hits = hits.slice(offset, offset + limit);
  }
  if (hits.length === 0) throw NO_PARTNER(); // no hit is an error, not an empty list (API.md §6 item 18)
  return { json: { partner_list_count: String(hits.length), partner_list: hits.map(partnerWire) }, bareSuccess: true };
};

/** Field lengths documented for add_partner (API.md §2.2). */
function checkLengths(b: Body): void {
  maxLength(text(b, 'tax_id_number'), 'tax_id_number', 50);
  maxLength(text(b, 'registration_number'), 'registration_number', 50);
  maxLength(text(b, 'customer'), 'customer', 100);
  maxLength(text(b, 'street'), 'street', 150);
  maxLength(text(b, 'post_number'), 'post_number', 20);
  maxLength(text(b, 'place') ?? text(b, 'city'), 'place', 100);
  maxLength(text(b, 'province'), 'province', 50);
  maxLength(text(b, 'country'), 'country', 50);
}

function checkContactLengths(c: Body): void {
  for (const k of ['name', 'email', 'gsm', 'phone', 'fax']) maxLength(text(c, k), k, 255);
}

export function newAddress(store: SandboxStore, b: Body, type: AddressType): Address {
  return {
    mkId: store.nextRegisterId(),
    type,
    street: text(b, 'street') ?? '',
    postNumber: text(b, 'post_number') ?? '',
    city: text(b, 'place') ?? text(b, 'city') ?? '',
    province: text(b, 'province') ?? text(b, 'provice'),
    countryIso2: countryIso(text(b, 'country')),
  };
}

function newContact(store: SandboxStore, c: Body, mkAddressId: string, fallbackName: string): Contact {
  const useCustomer = flag(c, 'useCustomerAsContact') === true;
  return {
    mkId: store.nextRegisterId(),
    mkAddressId,
    name: useCustomer ? fallbackName : (text(c, 'name') ?? text(c, 'contact') ?? ''),
    email: text(c, 'email'),
    phone: text(c, 'phone'),
    gsm: text(c, 'gsm'),
    fax: text(c, 'fax'),
  };
}

/** Creates a register partner from an add_partner body or an inline document partner (API.md §2.2, §3.1). */
export function createPartner(store: SandboxStore, b: Body): Partner {
  const customer = filled(b, 'customer');
  if (!customer) throw new MkFail('2', "Paramether 'customer' must be set.");
  checkLengths(b);
  const foreign = flag(b, 'foreign_county') ?? false;
  // The main address is always stored as billing, "Račun" (API.md §2.2).
  const billing = newAddress(store, b, 'Račun');
  const partner: Partner = {
    mkId: store.nextRegisterId(),
    countCode: store.nextPartnerCode(),
    customer,
    businessEntity: flag(b, 'business_entity') ?? false,
    taxpayer: flag(b, 'taxpayer') ?? false,
    foreign,
    buyer: flag(b, 'buyer') ?? true,
    supplier: flag(b, 'supplier') ?? false,
    taxIdNumber: filled(b, 'tax_id_number'),
    registrationNumber: filled(b, 'registration_number'),
    addresses: [billing],
    contacts: [],
  };
  const contact = object(b, 'partner_contact');
  if (contact) {
    checkContactLengths(contact);
    partner.contacts.push(newContact(store, contact, billing.mkId, customer));
  }
  const extra = object(b, 'partner_delivery_address');
  if (extra) partner.addresses.push(newAddress(store, extra, (text(extra, 'address_type') as AddressType) || 'Dobava'));
  return store.partners.insert(partner);
}

export const addPartner: MethodHandler = ({ store, body }) => {
  const b = object(body, 'partner');
  if (!b) throw new MkFail('2', 'Partner data are missing');
  // No duplicate detection: the server creates whatever it is sent (API.md §2.2).
  const p = createPartner(store, b);
  return {
    json: {
      mk_id: p.mkId,
      mk_contact_id: p.contacts[0]?.mkId,
      mk_address_id_list: p.addresses.map((a) => ({ mk_id: a.mkId, street: a.street })), // first = billing (API.md §2.2)
    },
    bareSuccess: true,
  };
};

function applyPartnerFields(p: Partner, b: Body): void {
  checkLengths(b);
  const setText = (key: string, apply: (v: string) => void) => {
    const v = filled(b, key);
    if (v !== undefined) apply(v);
  };
  const setFlag = (key: string, apply: (v: boolean) => void) => {
    const v = flag(b, key);
    if (v !== undefined) apply(v);
  };
  setText('customer', (v) => {
    p.customer = v;
  });
  setText('tax_id_number', (v) => {
    p.taxIdNumber = v;
  });
  setText('registration_number', (v) => {
    p.registrationNumber = v;
  });
  setFlag('business_entity', (v) => {
    p.businessEntity = v;
  });
  setFlag('taxpayer', (v) => {
    p.taxpayer = v;
  });
  setFlag('foreign_county', (v) => {
    p.foreign = v;
  });
  setFlag('buyer', (v) => {
    p.buyer = v;
  });
  setFlag('supplier', (v) => {
    p.supplier = v;
  });
  const billing = p.addresses.find((a) => a.type === 'Račun');
  if (billing) patchAddress(billing, b);
}

function patchAddress(a: Address, b: Body): void {
  const street = filled(b, 'street');
  if (street !== undefined) a.street = street;
  const post = filled(b, 'post_number');
  if (post !== undefined) a.postNumber = post;
  const city = filled(b, 'place') ?? filled(b, 'city');
  if (city !== undefined) a.city = city;
  const country = filled(b, 'country');
  if (country !== undefined) a.countryIso2 = countryIso(country);
  const province = filled(b, 'province');
  if (province !== undefined) a.province = province;
}

/** Entries with mk_id are updated, entries without are added, every time (API.md §2.2, T4A pitfall). */
function applyAddresses(store: SandboxStore, p: Partner, list: Body[]): void {
  for (const entry of list) {
    const id = filled(entry, 'mk_id');
    if (id === undefined) {
      p.addresses.push(newAddress(store, entry, (text(entry, 'address_type') as AddressType) || 'Dobava'));
      continue;
    }
    const a = p.addresses.find((x) => x.mkId === id);
    if (!a) throw new MkFail('2', `Address with mk_id ${id} does not belong to partner ${p.mkId}.`);
    patchAddress(a, entry);
  }
  store.partners.reindex(p);
}

function applyContacts(store: SandboxStore, p: Partner, list: Body[]): void {
  for (const entry of list) {
    checkContactLengths(entry);
    const id = filled(entry, 'mk_id');
    const existing = id === undefined ? undefined : p.contacts.find((c) => c.mkId === id);
    if (id !== undefined && !existing)
      throw new MkFail('2', `Contact with mk_id ${id} does not belong to partner ${p.mkId}.`);
    const addressId = filled(entry, 'mk_address_id') ?? existing?.mkAddressId;
    // Contacts need the address they belong to (API.md §2.2).
    if (!addressId || !p.addresses.some((a) => a.mkId === addressId))
      throw new MkFail('2', "Paramether 'mk_address_id' must be set to an address of the partner.");
    if (!existing) {
      p.contacts.push(newContact(store, entry, addressId, p.customer));
      continue;
    }
    existing.mkAddressId = addressId;
    for (const k of ['name', 'email', 'phone', 'gsm', 'fax'] as const) {
      const v = text(entry, k);
      if (v !== undefined && v !== '') existing[k] = v;
    }
  }
}

export const updatePartner: MethodHandler = ({ store, body }) => {
  const b = object(body, 'partner');
  if (!b) throw new MkFail('2', 'Partner data are missing');
  const id = filled(b, 'mk_id');
  const code = filled(b, 'count_code');
  if (!id && !code) throw new MkFail('2', "Paramether 'mk_id' or 'count_code' must be set.");
  const p = id ? store.partners.get(id) : store.partners.list().find((x) => x.countCode === code);
  if (!p) throw NO_PARTNER();
  applyPartnerFields(p, b);
  applyAddresses(store, p, items(b, 'partner_delivery_address_list'));
  applyContacts(store, p, items(b, 'partner_contact_list'));
  // The answer is the updated partner in the get_partner shape (API.md §2.2).
  return { json: { partner_list_count: '1', partner_list: [partnerWire(p)] }, bareSuccess: true };
};
