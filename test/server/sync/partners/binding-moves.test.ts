// A binding moved outside the sync (another app, an API key) must never cost a record: the partner the record was synced
// with gets no second Twenty record, whichever page of the register reaches it first (D40, D97).
import { createTestRuntime, type TestRuntime } from '../support/runtime';
import { partner } from '../support/mk-records';
import { companies, openIssues, people, syncPartners } from './stream-helpers';

const pair = (rows: Array<{ id?: unknown }>) => {
  const [a, b] = rows.map((row) => ({ id: String(row.id) }));
  return [a!, b!] as const;
};

const idsOf = (rows: Array<{ id: string }>) => rows.map((row) => row.id).sort();

/** get_partner's paging is not trusted (API.md §2.2): here Metakocka answers one partner a page. */
function onePartnerPerPage(rt: TestRuntime) {
  const page = rt.mk.partnersPage.bind(rt.mk);
  rt.mk.partnersPage = (offset) => page(offset, 1);
}

describe('a binding moved outside the sync', () => {
  it("gives the partner a company left no second company when its page comes before the company's new partner", async () => {
    const rt = createTestRuntime();
    onePartnerPerPage(rt);
    const first = partner({ name: 'Prvi d.o.o.' });
    const second = partner({ name: 'Drugi d.o.o.' });
    rt.mk.partners.set(first.mkId, first).set(second.mkId, second);
    // Companies users made before the first sync, which it bound by tax number (records it creates itself have ids
    // derived from their partner, so a pull writing "a new one" would land on them again).
    const [a, b] = pair(
      rt.crm.tables.companies.upsert([
        { name: 'Prvi (ročno)', metakockaTaxNumber: first.taxIdNumber },
        { name: 'Drugi (ročno)', metakockaTaxNumber: second.taxIdNumber },
      ]),
    );
    await syncPartners(rt);
    expect(companies(rt).map((c) => c.metakockaPartnerId)).toEqual([first.mkId, second.mkId]);
    // Another app moves the second partner's binding from B to A; no event reaches the sync before the next pull.
    rt.crm.tables.companies.upsert([{ id: b.id, metakockaPartnerId: null }]);
    rt.crm.tables.companies.upsert([{ id: a.id, metakockaPartnerId: second.mkId }]);
    const mkBefore = JSON.stringify([...rt.mk.partners.values()]);

    await syncPartners(rt);
    await syncPartners(rt);

    expect(idsOf(companies(rt))).toEqual(idsOf([a, b]));
    expect(companies(rt).filter((c) => c.name === first.name)).toHaveLength(1);
    expect(companies(rt).find((c) => c.id === a.id)).toMatchObject({
      metakockaPartnerId: second.mkId,
      metakockaSyncStatus: 'CONFLICT',
      name: first.name,
    });
    expect(openIssues(rt)).toEqual(
      expect.arrayContaining([expect.objectContaining({ kind: 'CONFLICT', recordId: a.id, conflictField: 'binding' })]),
    );
    expect(JSON.stringify([...rt.mk.partners.values()])).toBe(mkBefore);
  });

  it('gives a private partner a person left no second person either', async () => {
    const rt = createTestRuntime();
    onePartnerPerPage(rt);
    const [first, second] = ['Maja Kovač', 'Ana Novak'].map((name) =>
      partner({ businessEntity: false, name, taxIdNumber: '' }),
    ) as [ReturnType<typeof partner>, ReturnType<typeof partner>];
    rt.mk.partners.set(first.mkId, first).set(second.mkId, second);
    const [a, b] = pair(
      rt.crm.tables.people.upsert(
        [first, second].map((p) => ({
          name: { firstName: 'x', lastName: 'y' },
          emails: { primaryEmail: p.contacts[0]!.email },
        })),
      ),
    );
    await syncPartners(rt);
    // Another app moves the second partner (and its contact) from B to A and gives A its own e-mail.
    rt.crm.tables.people.upsert([{ id: b.id, metakockaPartnerId: null, metakockaContactId: null }]);
    rt.crm.tables.people.upsert([
      {
        id: a.id,
        metakockaPartnerId: second.mkId,
        metakockaContactId: second.contacts[0]!.mkId,
        emails: { primaryEmail: 'maja.kovac@zasebno.example' },
      },
    ]);

    await syncPartners(rt);

    expect(idsOf(people(rt))).toEqual(idsOf([a, b]));
    expect(people(rt).find((p) => p.id === a.id)).toMatchObject({ metakockaSyncStatus: 'CONFLICT' });
    expect(rt.mk.partners.size).toBe(2);
  });
});
