/** Partner shapes: the register form of get_partner and the embedded form on documents (API.md §3.1, §8.1, §8.3). */
import { COUNTRIES } from '../store/registers';
import type { Address, Partner, PartyRef } from '../store/types';
import type { SandboxStore } from '../store/store';
import { compact, wireBool } from '../values/wire';

export function addressWire(a: Address): Record<string, unknown> {
  return compact({
    mk_id: a.mkId,
    address_type: a.type,
    street: a.street,
    post_number: a.postNumber,
    city: a.city, // register form says city; the embedded form says place (API.md §3.1)
    province: a.province,
    country: COUNTRIES[a.countryIso2]?.sl ?? a.countryIso2,
    payment_due_days: a.paymentDueDays,
    language: a.language,
    currency: a.currency,
  });
}

export function partnerWire(p: Partner): Record<string, unknown> {
  const billing = p.addresses.find((a) => a.type === 'Račun');
  return compact({
    mk_id: p.mkId,
    count_code: p.countCode,
    business_entity: wireBool(p.businessEntity),
    taxpayer: wireBool(p.taxpayer),
    foreign_county: wireBool(p.foreign), // sic (API.md §1.4)
    buyer: wireBool(p.buyer),
    supplier: wireBool(p.supplier),
    customer: p.customer,
    tax_id_number: p.taxIdNumber,
    registration_number: p.registrationNumber,
    partner_contact_list: p.contacts.map((c) => {
      const address = p.addresses.find((a) => a.mkId === c.mkAddressId) ?? billing;
      return compact({
        mk_id: c.mkId,
        mk_address_id: c.mkAddressId,
        contact_address: address?.street,
        name: c.name,
        phone: c.phone,
        gsm: c.gsm,
        fax: c.fax,
        email: c.email,
      });
    }),
    partner_delivery_address_list: p.addresses.map(addressWire),
    ...p.wireOverride,
  });
}

/** The flat embedded partner of a document: company fields plus one address (API.md §3.1 item 1, §8.3). */
export function embeddedPartnerWire(store: SandboxStore, ref: PartyRef): Record<string, unknown> {
  const p = store.partners.get(ref.partnerMkId);
  if (!p) return { mk_id: ref.partnerMkId, mk_address_id: ref.addressMkId };
  const a = p.addresses.find((x) => x.mkId === ref.addressMkId) ?? p.addresses[0];
  const contact = p.contacts.find((c) => c.mkAddressId === a?.mkId);
  return compact({
    mk_id: p.mkId,
    mk_address_id: a?.mkId,
    business_entity: wireBool(p.businessEntity),
    taxpayer: wireBool(p.taxpayer),
    foreign_county: wireBool(p.foreign),
    tax_id_number: p.taxIdNumber,
    customer: p.customer,
    street: a?.street,
    post_number: a?.postNumber,
    place: a?.city,
    country: a ? (COUNTRIES[a.countryIso2]?.en ?? a.countryIso2) : undefined,
    country_iso_2: a?.countryIso2,
    count_code: p.countCode,
    useCustomerAsContact: 'false',
    partner_contact: contact
      ? compact({ name: contact.name, email: contact.email, phone: contact.phone, gsm: contact.gsm })
      : undefined,
  });
}
