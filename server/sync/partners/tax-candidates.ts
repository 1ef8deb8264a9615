// The Twenty companies a Metakocka partner's tax number could bind on a first sync, read the same way by the pull and
// by the push that binds a company to a partner Metakocka already has: one matcher decides for both (matcher.ts).
import type { CompanyRecord, Crm } from 'server/crm';
import { indexPartners, matchCompany } from './matcher';
import type { MatchResult } from '../bindings';
import { AmbiguousMatchError } from '../errors';

/** A company a user made before the first sync is matched by tax number; there are usually none, so one count read
 *  settles it, and a few are read whole and compared normalised (matcher.ts) rather than searched per partner. */
const UNBOUND_WITH_TAX = {
  and: [
    { metakockaPartnerId: { is: 'NULL' } },
    { metakockaTaxNumber: { is: 'NOT_NULL' } },
    { metakockaTaxNumber: { neq: '' } },
  ],
};
const READ_WHOLE_UP_TO = 1000;

export async function unboundByTaxNumber(crm: Crm, taxes: string[]): Promise<CompanyRecord[]> {
  const { companies } = crm;
  const { totalCount } = await companies.page(null, 1, UNBOUND_WITH_TAX);
  if (totalCount === 0) return [];
  if (totalCount <= READ_WHOLE_UP_TO) return companies.findWhere(UNBOUND_WITH_TAX);
  // Users type tax numbers in many forms ("si 1234 5678"): search by the digits, compare normalised (matcher.ts).
  const found: CompanyRecord[] = [];
  const digits = taxes.map((t) => t.replace(/\D/g, '')).filter((d) => d.length >= 5);
  for (let i = 0; i < digits.length; i += 50)
    found.push(
      ...(await companies.findWhere({
        or: digits.slice(i, i + 50).map((d) => ({ metakockaTaxNumber: { ilike: `%${d}%` } })),
      })),
    );
  return found;
}

/** Which Twenty company the partner binds to, as the pull would decide it: the one holding it, else the one unbound
 *  company with its tax number; several are ambiguous and none is bound. */
export async function companyForPartner(
  crm: Crm,
  partner: { mkId: string; taxIdNumber: string },
): Promise<MatchResult<CompanyRecord>> {
  const holders = await crm.companies.findBy('metakockaPartnerId', [partner.mkId], { withDeleted: true });
  const unbound = holders.length > 0 ? [] : await unboundByTaxNumber(crm, [partner.taxIdNumber]);
  return matchCompany(indexPartners([...holders, ...unbound], []), partner.mkId, partner.taxIdNumber);
}

/** One wording, whichever side meets the ambiguity, candidates in a stable order: the pull and the push raise one issue. */
export const ambiguousPartner = (partner: { countCode: string; taxIdNumber: string }, candidates: CompanyRecord[]) =>
  new AmbiguousMatchError(
    { what: 'partner', countCode: partner.countCode, taxNumber: partner.taxIdNumber },
    candidates.map((c) => c.id).sort(),
  );
