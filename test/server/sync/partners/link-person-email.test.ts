// Linking a person to a Metakocka partner whose e-mail another Twenty person holds (Twenty keeps primary e-mails
// unique): the link holds, the rest of Metakocka's values come in, and one issue names the person holding the e-mail.
import { linkToPartner } from 'server/sync/partners/link';
import { createTestRuntime } from '../support/runtime';
import { partner } from '../support/mk-records';
import { syncPartners } from './stream-helpers';

describe('linking a person whose Metakocka e-mail another person holds', () => {
  it('links, keeps both e-mails where they are, changes nothing in Metakocka and names the holder in one issue', async () => {
    const rt = createTestRuntime();
    const p = partner({ businessEntity: false, name: 'Maja Kovač', taxIdNumber: '' });
    rt.mk.partners.set(p.mkId, p);
    const email = p.contacts[0]!.email;
    const [holder, maja] = rt.crm.tables.people.upsert([
      {
        name: { firstName: 'Mojca', lastName: 'Horvat' },
        emails: { primaryEmail: email },
        metakockaSyncExcluded: true,
      },
      { name: { firstName: 'Maja', lastName: 'K.' }, emails: { primaryEmail: 'maja@zasebno.example' } },
    ]);
    const mkBefore = JSON.stringify(rt.mk.partners.get(p.mkId));

    const linked = await linkToPartner(
      rt,
      { object: 'person', recordId: String(maja!.id), partnerCode: p.countCode },
      null,
      'en',
    );
    await rt.drain();
    await syncPartners(rt); // the next pull meets the same e-mail

    expect(linked).toMatchObject({ ok: true });
    const people = new Map([...rt.crm.tables.people.rows.values()].map((row) => [row.id, row]));
    expect(people.size).toBe(2);
    expect(people.get(maja!.id)).toMatchObject({
      metakockaPartnerId: p.mkId,
      name: { firstName: 'Maja', lastName: 'Kovač' },
      emails: { primaryEmail: 'maja@zasebno.example' },
    });
    expect(people.get(holder!.id)).toMatchObject({ emails: { primaryEmail: email } });
    expect(people.get(holder!.id)!.metakockaPartnerId ?? null).toBeNull();
    expect(JSON.stringify(rt.mk.partners.get(p.mkId))).toBe(mkBefore);
    const issues = [...rt.crm.tables.metakockaSyncIssues.rows.values()].filter((i) => i.status === 'OPEN');
    expect(issues).toEqual([
      expect.objectContaining({
        recordId: maja!.id,
        errorCode: 'UNIQUE_CLASH',
        message: expect.stringContaining('Mojca Horvat'),
      }),
    ]);
  });
});
