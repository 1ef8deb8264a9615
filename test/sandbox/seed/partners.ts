/** Seeds partners with contacts and addresses (API.md §3.1, §8.1), some abroad (HR, AT, US). */
import type { SandboxStore } from '../store/store';
import type { Address, Partner } from '../store/types';
import type { Prng } from '../values/prng';
import {
  COMPANY_TRADES,
  COMPANY_WORDS,
  FIRST_NAMES,
  FOREIGN_PLACES,
  SI_PLACES,
  SOLE_TRADES,
  SURNAMES,
  type Place,
} from './names';
import { austrianVat, croatianVat, slovenianVat } from './tax-numbers';

const ascii = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

function vatFor(prng: Prng, iso: string): string | undefined {
  if (iso === 'SI') return slovenianVat(prng);
  if (iso === 'HR') return croatianVat(prng);
  if (iso === 'AT') return austrianVat(prng);
  return undefined;
}

function address(store: SandboxStore, prng: Prng, place: Place, type: Address['type']): Address {
  return {
    mkId: store.nextRegisterId(),
    type,
    street: `${prng.pick(place.streets)} ${prng.int(1, 180)}`,
    postNumber: place.post,
    city: place.city,
    countryIso2: place.iso,
    language: place.iso === 'SI' ? 'Slovenski' : 'Angleški',
    paymentDueDays: type === 'Račun' ? String(prng.pick([8, 15, 30, 60])) : undefined,
    currency: type === 'Račun' ? place.currency : undefined,
  };
}

function phone(prng: Prng, place: Place): string {
  return `${place.phonePrefix} ${prng.int(100, 999)} ${prng.int(10, 99)} ${prng.int(10, 99)}`;
}

export function seedPartners(store: SandboxStore, prng: Prng, count: number): void {
  for (let i = 0; i < count; i++) {
    const foreign = prng.chance(0.15);
    const place = foreign ? prng.pick(FOREIGN_PLACES) : prng.pick(SI_PLACES);
    const kind = prng.next();
    const person = `${prng.pick(FIRST_NAMES)} ${prng.pick(SURNAMES)}`;
    const business = kind < 0.7;
    const name =
      kind < 0.55
        ? `${prng.pick(COMPANY_WORDS)} ${prng.pick(COMPANY_TRADES)} ${place.iso === 'SI' ? 'd.o.o.' : place.iso === 'HR' ? 'd.o.o.' : place.iso === 'AT' ? 'GmbH' : 'Inc.'}`
        : business
          ? `${prng.pick(SOLE_TRADES)} ${person} s.p.`
          : person;
    const domain = `${ascii(name).slice(0, 24)}-${i + 1}.example`;
    const billing = address(store, prng, place, 'Račun');
    const partner: Partner = {
      mkId: store.nextRegisterId(),
      countCode: store.nextPartnerCode(),
      customer: name,
      businessEntity: business,
      taxpayer: business && place.iso !== 'US',
      foreign,
      buyer: true,
      supplier: prng.chance(0.1),
      taxIdNumber: business ? vatFor(prng, place.iso) : undefined,
      addresses: [billing],
      contacts: [],
    };
    if (prng.chance(0.3)) partner.addresses.push(address(store, prng, place, 'Dobava'));
    const contacts = business ? prng.int(1, 2) : 1;
    for (let c = 0; c < contacts; c++) {
      const contactName = business ? `${prng.pick(FIRST_NAMES)} ${prng.pick(SURNAMES)}` : person;
      partner.contacts.push({
        mkId: store.nextRegisterId(),
        mkAddressId: billing.mkId,
        name: contactName,
        email: business
          ? `${ascii(contactName.split(' ')[0]!)}.${c + 1}@${domain}`
          : `${ascii(person)}.${i + 1}@example.si`,
        phone: business ? phone(prng, place) : undefined,
        gsm:
          place.iso === 'SI'
            ? `0${prng.pick([31, 40, 41, 51, 68, 70])} ${prng.int(100, 999)} ${prng.int(100, 999)}`
            : undefined,
      });
    }
    store.partners.insert(partner);
  }
}
