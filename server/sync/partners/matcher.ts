// Finds the Twenty record for a Metakocka partner or contact: by binding; else by tax number (companies) or e-mail (people)
// on a first sync; ambiguous → an issue, never a duplicate (ANCHORS.md §5 feature 1). Pure.
import type { CompanyRecord, PersonRecord } from 'server/crm';
import { indexBy, isExcluded, matchOne, type MatchResult } from '../bindings';
import { normaliseTaxNumber } from './fields';

export interface PartnerIndex {
  companiesByPartner: Map<string, CompanyRecord[]>;
  companiesByTax: Map<string, CompanyRecord[]>;
  peopleByContact: Map<string, PersonRecord[]>;
  peopleByPartner: Map<string, PersonRecord[]>;
  peopleByEmail: Map<string, PersonRecord[]>;
  /** Partners that a record in a binding conflict was synced with: never given a new record (D40). */
  orphaned: Set<string>;
}

/** E-mails compare trimmed and case-blind. */
export const lower = (s: string | null | undefined) => (s ?? '').trim().toLowerCase();
const unboundCompany = (c: CompanyRecord) => !c.metakockaPartnerId;
const unboundPerson = (p: PersonRecord) => !p.metakockaContactId && !p.metakockaPartnerId;

export function indexPartners(
  companies: CompanyRecord[],
  people: PersonRecord[],
  orphaned = new Set<string>(),
): PartnerIndex {
  return {
    orphaned,
    companiesByPartner: indexBy(companies, (c) => c.metakockaPartnerId),
    companiesByTax: indexBy(companies.filter(unboundCompany), (c) => normaliseTaxNumber(c.metakockaTaxNumber)),
    peopleByContact: indexBy(people, (p) => p.metakockaContactId),
    peopleByPartner: indexBy(people, (p) => p.metakockaPartnerId),
    peopleByEmail: indexBy(people, (p) => lower(p.emails?.primaryEmail)),
  };
}

export function matchCompany(index: PartnerIndex, mkId: string, taxNumber: string): MatchResult<CompanyRecord> {
  const bound = index.companiesByPartner.get(mkId)?.[0];
  const tax = normaliseTaxNumber(taxNumber);
  return matchOne(bound, bound || tax === '' ? [] : (index.companiesByTax.get(tax) ?? []), isExcluded);
}

/** A contact binds by its contact id; a private person by its partner id; either may match one unbound person by e-mail. */
export function matchPerson(
  index: PartnerIndex,
  key: { contactId?: string; partnerId?: string },
  email: string,
): MatchResult<PersonRecord> {
  const bound =
    (key.contactId ? index.peopleByContact.get(key.contactId)?.[0] : undefined) ??
    (key.partnerId ? index.peopleByPartner.get(key.partnerId)?.[0] : undefined);
  const candidates =
    bound || lower(email) === '' ? [] : (index.peopleByEmail.get(lower(email)) ?? []).filter(unboundPerson);
  return matchOne(bound, candidates, isExcluded);
}

/** The person that already holds this primary e-mail, if it is not the record being written (Twenty's unique key, contract/README.md b6). */
export function emailHolder(index: PartnerIndex, email: string, selfId: string | null): PersonRecord | undefined {
  return (index.peopleByEmail.get(lower(email)) ?? []).find((p) => p.id !== selfId);
}
