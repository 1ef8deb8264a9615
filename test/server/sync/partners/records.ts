// Twenty companies and people as the CRM repositories return them; the API.md §8.1 partners as the sync reads them.
import type { CompanyRecord, PersonRecord } from 'server/crm';
import { mkPartnerListSchema } from 'server/metakocka/schemas/partner.schema';
import { partnerFromWire } from 'server/sync/metakocka-adapter';
import type { MetakockaPartner } from 'server/sync/mk-port';
import { getPartnerAnswer } from 'test/server/metakocka/fixtures/api-md-8';

let seq = 0;
const system = () => {
  seq += 1;
  return {
    id: `00000000-0000-4000-8000-${String(seq).padStart(12, '0')}`,
    createdAt: '2026-03-01T08:00:00.000Z',
    updatedAt: '2026-03-01T08:00:00.000Z',
    deletedAt: null,
  };
};
const sync = {
  metakockaPartnerId: null,
  metakockaPartnerCode: null,
  metakockaTaxNumber: null,
  metakockaDeliveryAddresses: null,
  metakockaSyncHash: null,
  metakockaSyncExcluded: null,
  metakockaSyncStatus: null,
  metakockaLastSyncedAt: null,
};

export const companyRecord = (overrides: Partial<CompanyRecord> = {}): CompanyRecord => ({
  ...system(),
  ...sync,
  name: 'Podjetje d.o.o.',
  metakockaVatPayer: null,
  domainName: { primaryLinkUrl: '', primaryLinkLabel: '', secondaryLinks: null },
  address: {
    addressStreet1: '',
    addressStreet2: '',
    addressCity: '',
    addressPostcode: '',
    addressState: '',
    addressCountry: '',
  },
  ...overrides,
});

export const personRecord = (overrides: Partial<PersonRecord> = {}): PersonRecord => ({
  ...system(),
  ...sync,
  name: { firstName: 'Ana', lastName: 'Novak' },
  jobTitle: '',
  companyId: null,
  metakockaContactId: null,
  emails: { primaryEmail: '', additionalEmails: null },
  phones: { primaryPhoneNumber: '', primaryPhoneCountryCode: '', primaryPhoneCallingCode: '', additionalPhones: null },
  ...overrides,
});

/** "Alpska Tehnika d.o.o." (company: one contact, billing and delivery address) and "Maja Kovač" (private person). */
export function apiPartners(): { alpska: MetakockaPartner; maja: MetakockaPartner } {
  const [alpska, maja] = mkPartnerListSchema.parse(structuredClone(getPartnerAnswer)).partner_list.map(partnerFromWire);
  return { alpska: alpska!, maja: maja! };
}
