// A value a user clears in Twenty: Metakocka's update_partner keeps a field sent empty (API.md §2.2, §2.3), so the
// clear must neither be lost silently nor come back from Metakocka on the next pull.
import { createTestRuntime } from '../support/runtime';
import { startRun } from 'server/sync/planner';
import { partner } from '../support/mk-records';
import { editInTwenty, openIssues, syncPartners } from './stream-helpers';

/** A company partner with its contact, synced into Twenty. */
async function syncedPartner() {
  const rt = createTestRuntime();
  const p = partner();
  rt.mk.partners.set(p.mkId, p);
  await syncPartners(rt);
  return { rt, p };
}

describe('a field cleared in Twenty', () => {
  it("keeps the company's cleared tax number through pulls and names the value to clear in Metakocka until it is", async () => {
    const { rt, p } = await syncedPartner();
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

    // A pull alone (its push not run yet) does not close the warning: Twenty's change still waits for Metakocka.
    await startRun(rt, 'partners', { trigger: 'manual', dryRun: false });
    await rt.drain({ handlers: { 'push-records': async () => undefined } });
    rt.clock.now = new Date(rt.clock.now.getTime() + 60_000);
    expect(openIssues(rt)).toEqual([expect.objectContaining({ errorCode: 'PARTNER_VALUE_KEPT' })]);

    // Cleared by hand in Metakocka: both sides agree, the issue closes and the value stays cleared.
    rt.mk.partners.set(p.mkId, { ...rt.mk.partners.get(p.mkId)!, taxIdNumber: '' });
    await syncPartners(rt);
    await rt.drain();
    expect(openIssues(rt)).toEqual([]);
    expect(rt.crm.tables.companies.rows.get(company!.id)!.metakockaTaxNumber ?? '').toBe('');
  });

  it("keeps a contact's cleared mobile number the same way", async () => {
    const { rt, p } = await syncedPartner();
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
