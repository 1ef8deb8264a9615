// A value a user clears in Twenty: Metakocka's update_partner keeps a field sent empty (API.md §2.2, §2.3), so the
// clear must neither be lost silently nor come back from Metakocka on the next pull.
import { startRun } from 'server/sync/planner';
import { handleRecordEvents } from 'server/sync/partners/events';
import { createTestRuntime, type TestRuntime } from '../support/runtime';
import { partner } from '../support/mk-records';

async function syncPartners(rt: TestRuntime) {
  await startRun(rt, 'partners', { trigger: 'manual', dryRun: false });
  await rt.drain();
  rt.clock.now = new Date(rt.clock.now.getTime() + 60_000);
}
async function editInTwenty(rt: TestRuntime, object: 'company' | 'person', id: string, patch: Record<string, unknown>) {
  const table = object === 'company' ? rt.crm.tables.companies : rt.crm.tables.people;
  const [after] = table.upsert([{ id, ...patch }]);
  await handleRecordEvents(rt, object, [{ recordId: id, after }]);
  await rt.drain();
  rt.clock.now = new Date(rt.clock.now.getTime() + 60_000);
}
const openIssues = (rt: TestRuntime) =>
  [...rt.crm.tables.metakockaSyncIssues.rows.values()].filter((i) => i.status === 'OPEN');

describe('a field cleared in Twenty', () => {
  it("keeps the company's cleared tax number through pulls and names the value to clear in Metakocka until it is", async () => {
    const rt = createTestRuntime();
    const p = partner();
    rt.mk.partners.set(p.mkId, p);
    await syncPartners(rt);
    const [company] = [...rt.crm.tables.companies.rows.values()];

    await editInTwenty(rt, 'company', company!.id, { metakockaTaxNumber: '' });
    await syncPartners(rt);
    await syncPartners(rt);

    expect(rt.crm.tables.companies.rows.get(company!.id)!.metakockaTaxNumber ?? '').toBe('');
    expect(rt.mk.partners.get(p.mkId)!.taxIdNumber).toBe(p.taxIdNumber); // update_partner keeps it (API.md §2.2)
    expect(openIssues(rt)).toEqual([
      expect.objectContaining({
        errorCode: 'PARTNER_VALUE_KEPT',
        recordId: company!.id,
        message: expect.stringContaining(`the tax number "${p.taxIdNumber}"`),
      }),
    ]);

    // Cleared by hand in Metakocka: both sides agree, the issue closes and the value stays cleared.
    rt.mk.partners.set(p.mkId, { ...rt.mk.partners.get(p.mkId)!, taxIdNumber: '' });
    await syncPartners(rt);
    await rt.drain();
    expect(openIssues(rt)).toEqual([]);
    expect(rt.crm.tables.companies.rows.get(company!.id)!.metakockaTaxNumber ?? '').toBe('');
  });

  it("keeps a contact's cleared mobile number the same way", async () => {
    const rt = createTestRuntime();
    const p = partner();
    rt.mk.partners.set(p.mkId, p);
    await syncPartners(rt);
    const [person] = [...rt.crm.tables.people.rows.values()];

    await editInTwenty(rt, 'person', person!.id, {
      phones: { primaryPhoneNumber: '', primaryPhoneCountryCode: '', primaryPhoneCallingCode: '' },
    });
    await syncPartners(rt);

    expect(rt.crm.tables.people.rows.get(person!.id)!.phones?.primaryPhoneNumber ?? '').toBe('');
    expect(rt.mk.partners.get(p.mkId)!.contacts[0]!.gsm).toBe(p.contacts[0]!.gsm);
    expect(openIssues(rt)).toEqual([
      expect.objectContaining({ errorCode: 'PARTNER_VALUE_KEPT', recordId: person!.id }),
    ]);
  });
});
