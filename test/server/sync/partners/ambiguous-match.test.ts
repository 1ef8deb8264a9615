// Two Twenty companies made before the first sync share one Metakocka partner's tax number: the sync must bind neither,
// say so once, and bind exactly the one the user picks once the ambiguity is resolved (ANCHORS.md §5 feature 1).
import { startRun } from 'server/sync/planner';
import { linkToPartner } from 'server/sync/partners/link';
import { createTestRuntime, type TestRuntime } from '../support/runtime';
import { partner } from '../support/mk-records';

async function syncPartners(rt: TestRuntime) {
  await startRun(rt, 'partners', { trigger: 'manual', dryRun: false });
  await rt.drain();
  rt.clock.now = new Date(rt.clock.now.getTime() + 60_000);
}
const companies = (rt: TestRuntime) => [...rt.crm.tables.companies.rows.values()];
const issues = (rt: TestRuntime) => [...rt.crm.tables.metakockaSyncIssues.rows.values()];
const openIssues = (rt: TestRuntime) => issues(rt).filter((i) => i.status === 'OPEN');

/** A partner in Metakocka and two unbound Twenty companies a user typed its tax number on. */
function twoCompaniesOneTaxNumber(language: 'en' | 'sl' = 'en') {
  const rt = createTestRuntime();
  rt.language = language;
  const p = partner({ name: 'Alpska Tehnika d.o.o.' });
  rt.mk.partners.set(p.mkId, p);
  const [a, b] = rt.crm.tables.companies.upsert([
    { name: 'Alpska (prodaja)', metakockaTaxNumber: p.taxIdNumber },
    { name: 'Alpska (servis)', metakockaTaxNumber: p.taxIdNumber.replace('SI', 'si ') },
  ]);
  return { rt, p, a: a!, b: b! };
}

describe('two Twenty companies with one partner tax number', () => {
  it.each([
    ['en', 'nothing was created or bound'],
    ['sl', 'nič ni bilo ustvarjeno ali povezano'],
  ] as const)(
    'binds and renames neither, changes nothing in Metakocka, and raises one AMBIGUOUS_MATCH issue naming both (%s)',
    async (language, sentence) => {
      const { rt, p, a, b } = twoCompaniesOneTaxNumber(language);
      const partnerBefore = structuredClone(p);
      await syncPartners(rt);
      await syncPartners(rt); // a second run does not bind either, nor add a second issue
      expect(
        companies(rt)
          .map((c) => [c.name, c.metakockaPartnerId ?? null])
          .sort(),
      ).toEqual([
        ['Alpska (prodaja)', null],
        ['Alpska (servis)', null],
      ]);
      expect([...rt.mk.partners.values()]).toEqual([partnerBefore]);
      expect(issues(rt)).toHaveLength(1);
      const [issue] = issues(rt);
      expect(issue).toMatchObject({ errorCode: 'AMBIGUOUS_MATCH', status: 'OPEN', metakockaId: p.mkId });
      expect(issue!.message).toContain(sentence);
      expect(issue!.message).toContain(a.id);
      expect(issue!.message).toContain(b.id);
      expect(issue!.message).not.toMatch(/UPSERT|Twenty refused|Multiple records/);
    },
  );

  it('binds exactly the company the user links, resolves the ambiguity and tells that the other one is a duplicate', async () => {
    const { rt, p, a, b } = twoCompaniesOneTaxNumber();
    await syncPartners(rt);
    const linked = await linkToPartner(rt, { object: 'company', recordId: a.id, partnerCode: p.countCode }, null, 'sl');
    expect(linked.ok).toBe(true);
    // The manager who linked it reads what happened in their language (Slovenian here).
    expect(linked.detail).toBe(
      `Povezano s partnerjem ${p.countCode} (»${p.name}«) v Metakocki; vrednosti iz Metakocke pridejo v ta zapis ` +
        '(podjetje) z uvrščeno sinhronizacijo.',
    );
    await rt.drain();
    await syncPartners(rt);
    expect(rt.crm.tables.companies.rows.get(a.id)).toMatchObject({ metakockaPartnerId: p.mkId, name: p.name });
    expect(rt.crm.tables.companies.rows.get(b.id)).toMatchObject({ name: 'Alpska (servis)' });
    expect(rt.crm.tables.companies.rows.get(b.id)!.metakockaPartnerId ?? null).toBeNull();
    expect(rt.mk.partners.size).toBe(1);
    expect(issues(rt).find((i) => i.errorCode === 'AMBIGUOUS_MATCH')?.status).toBe('RESOLVED');
    expect(openIssues(rt)).toEqual([expect.objectContaining({ errorCode: 'PARTNER_HELD', recordId: b.id })]);
    expect(openIssues(rt)[0]!.message).toContain(a.id);
  });

  it('binds the one company left with the tax number once the user clears it on the other', async () => {
    const { rt, p, a, b } = twoCompaniesOneTaxNumber();
    await syncPartners(rt);
    rt.crm.tables.companies.upsert([{ id: b.id, metakockaTaxNumber: '' }]);
    await syncPartners(rt);
    expect(rt.crm.tables.companies.rows.get(a.id)).toMatchObject({ metakockaPartnerId: p.mkId, name: p.name });
    expect(companies(rt).filter((c) => c.metakockaPartnerId === p.mkId)).toHaveLength(1);
    expect(issues(rt).find((i) => i.errorCode === 'AMBIGUOUS_MATCH')?.status).toBe('RESOLVED');
    expect(openIssues(rt)).toEqual([]);
  });
});
