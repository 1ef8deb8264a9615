// The Metakocka partner a pushed document names: the customer's partner id and one of its address ids, never inline
// partner data (inline data creates a new partner every time, API.md §3.1 and §6 item 10). A customer not yet in
// Metakocka is pushed first by the partners stream (STYLE.md §2.1, as OCA exports dependencies first).
import type { CompaniesRepo } from 'server/crm/companies';
import type { PeopleRepo } from 'server/crm/people';

import { MappingError } from '../../errors';

export interface PartnerRef {
  mkId: string;
  mkAddressId: string;
}

export interface CustomerRefDeps {
  companies: CompaniesRepo;
  people: PeopleRepo;
  /** The partners stream's push of one company or person (server/sync/partners/push.ts pushRecords). */
  pushPartner(object: 'company' | 'person', id: string): Promise<void>;
}

interface BoundParty {
  id: string;
  name?: string | { firstName?: string | null; lastName?: string | null } | null;
  metakockaPartnerId: string | null;
  metakockaDeliveryAddresses: unknown;
}

/** The customer as a user knows it: the company's name or the person's full name, the id only when it has none. */
function partyName(party: BoundParty): string {
  const name =
    typeof party.name === 'string'
      ? party.name
      : [party.name?.firstName, party.name?.lastName].filter((part) => part?.trim()).join(' ');
  return name.trim() || party.id;
}

/** The billing address (type "Račun", API.md §3.1) among the addresses the partners stream stored, else the first. */
export function billingAddressId(addresses: unknown): string | null {
  const list = Array.isArray(addresses) ? (addresses as Array<{ mkId?: unknown; type?: unknown }>) : [];
  const withId = list.filter((a) => typeof a?.mkId === 'string' && a.mkId !== '');
  const billing =
    withId.find((a) =>
      String(a.type ?? '')
        .toLowerCase()
        .startsWith('ra'),
    ) ?? withId[0];
  return billing ? String(billing.mkId) : null;
}

async function bound(deps: CustomerRefDeps, object: 'company' | 'person', id: string): Promise<BoundParty | null> {
  const read = async () =>
    (object === 'company' ? deps.companies.findByIds([id]) : deps.people.findByIds([id])).then(
      (r) => (r[0] as BoundParty | undefined) ?? null,
    );
  const record = await read();
  if (!record || (record.metakockaPartnerId && billingAddressId(record.metakockaDeliveryAddresses))) return record;
  await deps.pushPartner(object, id);
  return read();
}

export async function customerPartnerRef(
  deps: CustomerRefDeps,
  customer: { companyId: string | null; personId: string | null },
): Promise<PartnerRef> {
  const object = customer.companyId ? 'company' : customer.personId ? 'person' : null;
  if (!object) throw new MappingError('noCustomer');
  const id = (customer.companyId ?? customer.personId)!;
  const party = await bound(deps, object, id);
  if (!party) throw new MappingError('customerGone', { object, id });
  const mkAddressId = billingAddressId(party.metakockaDeliveryAddresses);
  if (!party.metakockaPartnerId) {
    throw new MappingError('customerUnlinked', { object, objects: object, name: partyName(party) });
  }
  if (!mkAddressId) {
    throw new MappingError('customerNoAddress', { object, name: partyName(party) });
  }
  return { mkId: party.metakockaPartnerId, mkAddressId };
}
