import { handleRecordEvents } from 'server/sync/partners/events';
import { writeSettings } from 'server/settings/store';
import { MetakockaUnavailableError } from 'server/metakocka';
import { createTestRuntime, type TestRuntime } from '../support/runtime';
import { partner } from '../support/mk-records';
import { companies, editInTwenty, issues, people, syncPartners } from './stream-helpers';

describe('partners pull', () => {
  it('brings a company partner in with its billing address, tax data, other addresses and its contact as a linked person', async () => {
    const rt = createTestRuntime();
    const p = partner();
    p.addresses.reverse(); // billing listed second: the "Račun" address must still be the one used
    rt.mk.partners.set(p.mkId, p);
    await syncPartners(rt);
    const [company] = companies(rt);
    expect(company).toMatchObject({
      name: p.name,
      metakockaPartnerId: p.mkId,
      metakockaPartnerCode: p.countCode,
      metakockaTaxNumber: p.taxIdNumber,
      metakockaVatPayer: true,
      address: {
        addressStreet1: p.addresses.find((a) => a.type === 'Račun')!.street,
        addressCity: 'Ljubljana',
        addressPostcode: '1000',
      },
    });
    expect(company!.metakockaDeliveryAddresses).toHaveLength(2);
    const [person] = people(rt);
    expect(person).toMatchObject({
      companyId: company!.id,
      metakockaContactId: p.contacts[0]!.mkId,
      name: { firstName: 'Nina', lastName: expect.stringContaining('Zupan') },
      emails: { primaryEmail: p.contacts[0]!.email },
      phones: { primaryPhoneNumber: '41555666', primaryPhoneCountryCode: 'SI', primaryPhoneCallingCode: '+386' },
    });
  });

  it('brings a private person in as a person without a company, bound by partner id', async () => {
    const rt = createTestRuntime();
    const p = partner({ businessEntity: false, name: 'Maja Kovač', taxIdNumber: '' });
    rt.mk.partners.set(p.mkId, p);
    await syncPartners(rt);
    expect(companies(rt)).toHaveLength(0);
    expect(people(rt)).toEqual([
      expect.objectContaining({ metakockaPartnerId: p.mkId, name: { firstName: 'Maja', lastName: 'Kovač' } }),
    ]);
    expect(people(rt)[0]!.companyId ?? null).toBeNull();
  });

  it('writes nothing on a second pull without changes', async () => {
    const rt = createTestRuntime();
    for (let i = 0; i < 5; i += 1) {
      const p = partner();
      rt.mk.partners.set(p.mkId, p);
    }
    await syncPartners(rt);
    const before = JSON.stringify([companies(rt), people(rt)]);
    await syncPartners(rt);
    expect(JSON.stringify([companies(rt), people(rt)])).toBe(before);
    expect(rt.queue).toHaveLength(0);
  });

  it('binds existing Twenty records by tax number and e-mail on the first sync instead of duplicating them', async () => {
    const rt = createTestRuntime();
    const p = partner();
    rt.mk.partners.set(p.mkId, p);
    rt.crm.tables.companies.upsert([{ name: 'Podjetje (ročno)', metakockaTaxNumber: p.taxIdNumber.toLowerCase() }]);
    rt.crm.tables.people.upsert([
      { name: { firstName: 'N', lastName: 'Z' }, emails: { primaryEmail: p.contacts[0]!.email.toUpperCase() } },
    ]);
    await syncPartners(rt);
    expect(companies(rt)).toHaveLength(1);
    expect(people(rt)).toHaveLength(1);
    expect(companies(rt)[0]).toMatchObject({ metakockaPartnerId: p.mkId, name: p.name });
    expect(people(rt)[0]).toMatchObject({ metakockaContactId: p.contacts[0]!.mkId, companyId: companies(rt)[0]!.id });
  });

  it('records an issue and keeps the batch when two contacts share one e-mail (Twenty keeps primary e-mails unique)', async () => {
    const rt = createTestRuntime();
    const a = partner();
    const b = partner();
    b.contacts[0]!.email = a.contacts[0]!.email;
    rt.mk.partners.set(a.mkId, a).set(b.mkId, b);
    await syncPartners(rt);
    expect(companies(rt)).toHaveLength(2);
    expect(people(rt)).toHaveLength(2);
    expect(people(rt).filter((p) => p.emails?.primaryEmail === a.contacts[0]!.email)).toHaveLength(1);
    expect(issues(rt)).toEqual([expect.objectContaining({ errorCode: 'UNIQUE_CLASH', status: 'OPEN' })]);
    await syncPartners(rt);
    expect(issues(rt)).toHaveLength(1);
  });

  it('does not bring back a company a user deleted in Twenty', async () => {
    const rt = createTestRuntime();
    const p = partner();
    rt.mk.partners.set(p.mkId, p);
    await syncPartners(rt);
    companies(rt)[0]!.deletedAt = rt.now().toISOString();
    p.name = 'Renamed';
    await syncPartners(rt);
    expect(companies(rt)[0]!.deletedAt).not.toBeNull();
    expect(companies(rt)[0]!.name).not.toBe('Renamed');
  });
});

describe('partners push', () => {
  it('creates a Metakocka partner for a company made in Twenty and writes the partner id back, once', async () => {
    const rt = createTestRuntime();
    const [company] = rt.crm.tables.companies.upsert([
      {
        name: 'Novo podjetje d.o.o.',
        metakockaTaxNumber: 'SI 5555 5555',
        address: {
          addressStreet1: 'Celovška 1',
          addressCity: 'Ljubljana',
          addressPostcode: '1000',
          addressCountry: 'Slovenija',
        },
      },
    ]);
    await handleRecordEvents(rt, 'company', [{ recordId: company!.id, after: company }]);
    await rt.drain();
    const created = [...rt.mk.partners.values()];
    expect(created).toEqual([
      expect.objectContaining({ name: 'Novo podjetje d.o.o.', taxIdNumber: 'SI55555555', businessEntity: true }),
    ]);
    expect(companies(rt)[0]).toMatchObject({
      metakockaPartnerId: created[0]!.mkId,
      metakockaPartnerCode: created[0]!.countCode,
    });
    const calls = rt.mk.callCounts();
    // the write-back is the sync's own write: its event pushes nothing
    await handleRecordEvents(rt, 'company', [{ recordId: company!.id, after: companies(rt)[0] }]);
    await rt.drain();
    await syncPartners(rt);
    expect(rt.mk.partners.size).toBe(1);
    expect(rt.mk.callCounts().add_partner).toBe(calls.add_partner);
    expect(rt.mk.callCounts().update_partner ?? 0).toBe(0);
  });

  it('adds a person at a bound company as a contact of its partner, and updates that contact later without duplicating it', async () => {
    const rt = createTestRuntime();
    const p = partner();
    rt.mk.partners.set(p.mkId, p);
    await syncPartners(rt);
    const [person] = rt.crm.tables.people.upsert([
      {
        name: { firstName: 'Luka', lastName: 'Horvat' },
        emails: { primaryEmail: 'luka@podjetje.example' },
        companyId: companies(rt)[0]!.id,
      },
    ]);
    await handleRecordEvents(rt, 'person', [{ recordId: person!.id, after: person }]);
    await rt.drain();
    const stored = rt.mk.partners.get(p.mkId)!;
    expect(stored.contacts.map((c) => c.name)).toEqual([p.contacts[0]!.name, 'Luka Horvat']);
    const luka = people(rt).find((x) => x.id === person!.id)!;
    expect(luka.metakockaContactId).toBe(stored.contacts[1]!.mkId);
    await editInTwenty(rt, 'person', person!.id, { emails: { primaryEmail: 'luka.horvat@podjetje.example' } });
    expect(rt.mk.partners.get(p.mkId)!.contacts).toHaveLength(2);
    expect(rt.mk.partners.get(p.mkId)!.contacts[1]!.email).toBe('luka.horvat@podjetje.example');
  });

  it('creates a private-person partner for a person without a company', async () => {
    const rt = createTestRuntime();
    const [person] = rt.crm.tables.people.upsert([
      {
        name: { firstName: 'Ana', lastName: 'Novak' },
        emails: { primaryEmail: 'ana@example.si' },
        phones: { primaryPhoneNumber: '31222333', primaryPhoneCountryCode: 'SI', primaryPhoneCallingCode: '+386' },
      },
    ]);
    await handleRecordEvents(rt, 'person', [{ recordId: person!.id, after: person }]);
    await rt.drain();
    const [created] = [...rt.mk.partners.values()];
    expect(created).toMatchObject({
      name: 'Ana Novak',
      businessEntity: false,
      contacts: [expect.objectContaining({ email: 'ana@example.si', gsm: '+38631222333' })],
    });
    expect(people(rt)[0]).toMatchObject({ metakockaPartnerId: created!.mkId });
  });

  it('does not create a second partner when add_partner was applied but its answer was lost', async () => {
    const rt = createTestRuntime();
    const [company] = rt.crm.tables.companies.upsert([{ name: 'Izgubljen odgovor d.o.o.' }]);
    const add = rt.mk.addPartner.bind(rt.mk);
    let lose = true;
    rt.mk.addPartner = async (draft) => {
      const result = await add(draft);
      if (lose) {
        lose = false;
        throw new MetakockaUnavailableError('timeout', 'add_partner');
      }
      return result;
    };
    await handleRecordEvents(rt, 'company', [{ recordId: company!.id, after: company }]);
    const { failed } = await rt.drain(); // the first delivery fails with a retryable error and is delivered again
    expect(failed).toBe(1);
    expect(rt.mk.partners.size).toBe(1);
    expect(companies(rt)[0]!.metakockaPartnerId).toBe([...rt.mk.partners.keys()][0]);
  });
});

describe('two-way conflicts', () => {
  async function boundPair(rt: TestRuntime) {
    const p = partner();
    rt.mk.partners.set(p.mkId, p);
    await syncPartners(rt);
    return { p, company: companies(rt)[0]! };
  }

  it('with "ask", writes neither side and records a conflict with both values', async () => {
    const rt = createTestRuntime();
    const { p, company } = await boundPair(rt);
    rt.crm.tables.companies.upsert([{ id: company.id, name: 'Twenty Name' }]);
    rt.mk.partners.set(p.mkId, { ...p, name: 'Metakocka Name' });
    await syncPartners(rt);
    await rt.drain();
    expect(companies(rt)[0]!.name).toBe('Twenty Name');
    expect(rt.mk.partners.get(p.mkId)!.name).toBe('Metakocka Name');
    expect(issues(rt)).toEqual([
      expect.objectContaining({
        kind: 'CONFLICT',
        conflictField: 'name',
        twentyValue: 'Twenty Name',
        metakockaValue: 'Metakocka Name',
        status: 'OPEN',
      }),
    ]);
    expect(companies(rt)[0]!.metakockaSyncStatus).toBe('CONFLICT'); // the record shows its open conflict
  });

  it('with "metakocka-wins", takes the Metakocka value into Twenty', async () => {
    const rt = createTestRuntime();
    await writeSettings(rt.kv, { conflicts: { partners: 'metakocka-wins' } });
    const { p, company } = await boundPair(rt);
    rt.crm.tables.companies.upsert([{ id: company.id, name: 'Twenty Name' }]);
    rt.mk.partners.set(p.mkId, { ...p, name: 'Metakocka Name' });
    await syncPartners(rt);
    expect(companies(rt)[0]!.name).toBe('Metakocka Name');
    expect(issues(rt)).toHaveLength(0);
  });

  it('pushes a Twenty-only edit that the pull finds (its event was lost), and changes nothing else', async () => {
    const rt = createTestRuntime();
    const { p, company } = await boundPair(rt);
    rt.crm.tables.companies.upsert([{ id: company.id, metakockaTaxNumber: 'SI99999999' }]);
    await syncPartners(rt);
    await rt.drain();
    expect(rt.mk.partners.get(p.mkId)!.taxIdNumber).toBe('SI99999999');
    expect(rt.mk.partners.get(p.mkId)!.name).toBe(p.name);
  });
});
