// The partner filters (tax number, customers only, countries) in both directions: pulled partners outside them are
// not created, Twenty records that leave them are marked OUT_OF_SCOPE (never deleted) and are not pushed.
import { writeSettings } from 'server/settings/store';
import { loadRunState } from 'server/sync/checkpoints';
import { handleRecordEvents } from 'server/sync/partners/events';
import { startRun } from 'server/sync/planner';
import { createTestRuntime, type TestRuntime } from '../support/runtime';
import { partner } from '../support/mk-records';

async function syncPartners(rt: TestRuntime) {
  await startRun(rt, 'partners', { trigger: 'manual', dryRun: false });
  await rt.drain();
  rt.clock.now = new Date(rt.clock.now.getTime() + 60_000);
  return (await loadRunState(rt.kv, 'partners'))!.counts;
}
const companies = (rt: TestRuntime) => [...rt.crm.tables.companies.rows.values()];
const people = (rt: TestRuntime) => [...rt.crm.tables.people.rows.values()];
const companyOf = (rt: TestRuntime, mkId: string) => companies(rt).find((c) => c.metakockaPartnerId === mkId)!;

function register(rt: TestRuntime) {
  const local = partner();
  const noTax = partner({ taxIdNumber: '' });
  const supplier = partner({ buyer: false });
  const croatian = partner();
  croatian.addresses[0]!.country = 'Hrvaška';
  for (const p of [local, noTax, supplier, croatian]) rt.mk.partners.set(p.mkId, p);
  return { local, noTax, supplier, croatian };
}

describe('partner filters', () => {
  it.each([
    ['withTaxNumberOnly', { withTaxNumberOnly: true }, 'noTax'],
    ['customersOnly', { customersOnly: true }, 'supplier'],
    ['countries', { countries: ['si'] }, 'croatian'],
  ] as const)('%s: a partner outside the filter is not brought into Twenty', async (_name, filter, left) => {
    const rt = createTestRuntime();
    const all = register(rt);
    await writeSettings(rt.kv, { filters: { partners: filter } });
    const counts = await syncPartners(rt);
    expect(
      companies(rt)
        .map((c) => c.metakockaPartnerId)
        .sort(),
    ).toEqual(
      Object.entries(all)
        .filter(([key]) => key !== left)
        .map(([, p]) => p.mkId)
        .sort(),
    );
    expect(counts).toMatchObject({ created: 6, skipped: 1, leftScope: 0 }); // three companies with a contact each
  });

  it('marks the company and its people when a narrowed filter leaves their partner out, deletes nothing, and pushes none of their edits', async () => {
    const rt = createTestRuntime();
    const { croatian } = register(rt);
    await syncPartners(rt);
    const countBefore = [companies(rt).length, people(rt).length];

    await writeSettings(rt.kv, { filters: { partners: { countries: ['SI'] } } });
    const counts = await syncPartners(rt);
    expect(counts).toMatchObject({ leftScope: 2, created: 0 }); // the company and its contact
    expect([companies(rt).length, people(rt).length]).toEqual(countBefore);
    const company = companyOf(rt, croatian.mkId);
    expect(company.metakockaSyncStatus).toBe('OUT_OF_SCOPE');
    expect(people(rt).find((p) => p.companyId === company.id)!.metakockaSyncStatus).toBe('OUT_OF_SCOPE');

    // A Twenty edit of a record outside the filters does not reach Metakocka.
    const [after] = rt.crm.tables.companies.upsert([{ id: company.id, name: 'Preimenovano d.o.o.' }]);
    await handleRecordEvents(rt, 'company', [{ recordId: company.id, after }]);
    await rt.drain();
    expect(rt.mk.partners.get(croatian.mkId)!.name).toBe(croatian.name);

    // Widening the filter takes the records back (status SYNCED) on the next pull.
    await writeSettings(rt.kv, { filters: { partners: { countries: [] } } });
    expect(await syncPartners(rt)).toMatchObject({ enteredScope: 2, leftScope: 0 });
    expect(companyOf(rt, croatian.mkId).metakockaSyncStatus).not.toBe('OUT_OF_SCOPE');
  });

  it('does not push a company made in Twenty that the filters leave out', async () => {
    const rt = createTestRuntime();
    await writeSettings(rt.kv, { filters: { partners: { withTaxNumberOnly: true } } });
    const [made] = rt.crm.tables.companies.upsert([{ name: 'Brez davčne d.o.o.' }]);
    await handleRecordEvents(rt, 'company', [{ recordId: made!.id, after: made! }]);
    await rt.drain();
    expect(rt.mk.partners.size).toBe(0);
  });
});
