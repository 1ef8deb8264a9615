// Which record already holds a Metakocka partner or contact: the binding is unique, so linking or restoring a binding
// another record holds would fail in Twenty; the user is told which record it is instead (D40).
import type { BindingFields } from '../bindings';
import type { SyncRuntime } from '../ports';
import { joinName } from './fields';

export type Holder = { object: 'company' | 'person'; id: string; name: string };

/** The record that holds this partner or contact already; soft-deleted records count, since they keep their unique values. */
export async function holderOf(rt: SyncRuntime, binding: BindingFields, selfId: string): Promise<Holder | null> {
  const partnerIds = binding.metakockaPartnerId ? [binding.metakockaPartnerId] : [];
  const companies = await rt.crm.companies.findBy('metakockaPartnerId', partnerIds, { withDeleted: true });
  const company = companies.find((c) => c.id !== selfId);
  if (company) return { object: 'company', id: company.id, name: company.name };
  const keys = {
    metakockaPartnerId: partnerIds,
    ...(binding.metakockaContactId ? { metakockaContactId: [binding.metakockaContactId] } : {}),
  };
  const person = (await rt.crm.people.findByAny(keys, { withDeleted: true })).find((p) => p.id !== selfId);
  return person ? { object: 'person', id: person.id, name: joinName(person.name) } : null;
}
