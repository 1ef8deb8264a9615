// Which partners the partner filters keep (filters.partners): judged on Metakocka's partner when pulling and on the
// Twenty record when pushing, so both directions agree. A record the filters leave out is marked OUT_OF_SCOPE, never
// deleted (D63); a partner that is not in Twenty yet is simply not created.
import { RECORD_SYNC_STATUS } from 'plugin/constants/select-options';
import type { CompanyRecord, PersonRecord } from 'server/crm';
import type { SyncSettings } from 'server/settings/schema';
import type { MetakockaPartner } from '../mk-port';
import { billingAddress, normaliseTaxNumber } from './fields';
import { countryIso } from './phones';

export const OUT_OF_SCOPE = RECORD_SYNC_STATUS.OUT_OF_SCOPE;

type PartnerFilters = SyncSettings['filters']['partners'];

interface ScopeFacts {
  taxNumber: string | null | undefined;
  /** A country name in either language or an ISO-2 code; none counts as Slovenia, Metakocka's home country. */
  country: string | null | undefined;
  buyer: boolean;
}

function inScope(filters: PartnerFilters, facts: ScopeFacts): boolean {
  if (filters.withTaxNumberOnly && normaliseTaxNumber(facts.taxNumber) === '') return false;
  if (filters.customersOnly && !facts.buyer) return false;
  return filters.countries.length === 0 || filters.countries.includes(countryIso(facts.country ?? ''));
}

export const partnerInScope = (filters: PartnerFilters, partner: MetakockaPartner) =>
  inScope(filters, {
    taxNumber: partner.taxIdNumber,
    country: billingAddress(partner)?.country,
    buyer: partner.buyer,
  });

/** A company pushed from Twenty becomes a buyer (add_partner's default), so only tax number and country decide. */
export const companyInScope = (filters: PartnerFilters, company: CompanyRecord) =>
  company.metakockaSyncStatus !== OUT_OF_SCOPE &&
  inScope(filters, {
    taxNumber: company.metakockaTaxNumber,
    country: company.address?.addressCountry,
    buyer: true,
  });

/** A private person: its tax number and the country of its first Metakocka address. */
export const privatePersonInScope = (filters: PartnerFilters, person: PersonRecord) =>
  person.metakockaSyncStatus !== OUT_OF_SCOPE &&
  inScope(filters, {
    taxNumber: person.metakockaTaxNumber,
    country: firstCountry(person.metakockaDeliveryAddresses),
    buyer: true,
  });

function firstCountry(addresses: unknown): string {
  const first = Array.isArray(addresses) ? (addresses[0] as { country?: unknown } | undefined) : undefined;
  return typeof first?.country === 'string' ? first.country : '';
}
