// Which Twenty record a Metakocka partner or contact is (server/sync/partners/matcher.ts): the bound one; on a first
// sync the one company with its tax number, or the one person with its e-mail; several are reported, never guessed.
import fc from 'fast-check';
import { emailHolder, indexPartners, matchCompany, matchPerson } from 'server/sync/partners/matcher';
import type { CompanyRecord, PersonRecord } from 'server/crm';
import { companyRecord, personRecord } from './records';

const PARTNER = '1600481234';
const index = (companies: CompanyRecord[], people: PersonRecord[] = []) => indexPartners(companies, people);
const email = (primaryEmail: string) => ({ emails: { primaryEmail, additionalEmails: null } });

describe('matchCompany', () => {
  it('finds the company bound to the partner, even when an unbound one has the same tax number', () => {
    const bound = companyRecord({ metakockaPartnerId: PARTNER, metakockaTaxNumber: 'SI71234560' });
    const twin = companyRecord({ metakockaTaxNumber: 'SI71234560' });
    expect(matchCompany(index([twin, bound]), PARTNER, 'SI71234560')).toEqual({ kind: 'bound', record: bound });
  });

  it.each(['SI71234560', 'si71234560', 'SI 7123 4560', 'SI-71.23.45.60', ' SI71234560 '])(
    'on a first sync, takes the company whose tax number a user typed as "%s" for partner SI71234560',
    (typed) => {
      const company = companyRecord({ name: 'Alpska (ročno vnesena)', metakockaTaxNumber: typed });
      expect(matchCompany(index([company]), PARTNER, 'SI71234560')).toEqual({ kind: 'matched', record: company });
    },
  );

  it('goes by tax number, not by name: the same-named company without the tax number is left alone', () => {
    const sameName = companyRecord({ name: 'Alpska Tehnika d.o.o.', metakockaTaxNumber: null });
    const sameTax = companyRecord({ name: 'ALPSKA TEHNIKA', metakockaTaxNumber: 'SI71234560' });
    expect(matchCompany(index([sameName, sameTax]), PARTNER, 'SI71234560')).toEqual({
      kind: 'matched',
      record: sameTax,
    });
    expect(matchCompany(index([sameName]), PARTNER, 'SI71234560')).toEqual({ kind: 'new' });
  });

  it("reports two unbound companies with the partner's tax number as ambiguous, naming both, not picking one", () => {
    const a = companyRecord({ metakockaTaxNumber: 'SI71234560' });
    const b = companyRecord({ metakockaTaxNumber: 'si 7123 4560' });
    const match = matchCompany(index([a, b]), PARTNER, 'SI71234560');
    expect(match.kind).toBe('ambiguous');
    expect(match.kind === 'ambiguous' && match.candidates.map((c) => c.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('never takes a company bound to another partner, even with the same tax number', () => {
    const other = companyRecord({ metakockaPartnerId: '1600489999', metakockaTaxNumber: 'SI71234560' });
    expect(matchCompany(index([other]), PARTNER, 'SI71234560')).toEqual({ kind: 'new' });
  });

  it('ignores deleted companies as candidates, so a deleted twin makes no ambiguity', () => {
    const deleted = companyRecord({ metakockaTaxNumber: 'SI71234560', deletedAt: '2026-03-02T08:00:00.000Z' });
    const live = companyRecord({ metakockaTaxNumber: 'SI71234560' });
    expect(matchCompany(index([deleted, live]), PARTNER, 'SI71234560')).toEqual({ kind: 'matched', record: live });
    expect(matchCompany(index([deleted]), PARTNER, 'SI71234560')).toEqual({ kind: 'new' });
  });

  it('keeps a bound company the user deleted or excluded out of the sync instead of restoring it', () => {
    const deleted = companyRecord({ metakockaPartnerId: PARTNER, deletedAt: '2026-03-02T08:00:00.000Z' });
    const excluded = companyRecord({ metakockaPartnerId: '1600481301', metakockaSyncExcluded: true });
    const both = index([deleted, excluded]);
    expect(matchCompany(both, PARTNER, '')).toEqual({ kind: 'excluded', record: deleted });
    expect(matchCompany(both, '1600481301', '')).toEqual({ kind: 'excluded', record: excluded });
  });

  it('matches a partner without a tax number to nothing, not to the companies that have none either', () => {
    const companies = [
      companyRecord({ metakockaTaxNumber: null }),
      companyRecord({ metakockaTaxNumber: '' }),
      companyRecord({ metakockaTaxNumber: ' - ' }),
    ];
    for (const tax of ['', '   ', '-']) expect(matchCompany(index(companies), PARTNER, tax)).toEqual({ kind: 'new' });
  });
});

describe('matching rules that hold for every tax number and e-mail', () => {
  const taxNumber = fc.string({ unit: fc.constantFrom(...'SIHR0123456789'.split('')), minLength: 1, maxLength: 12 });
  /** The same text as a user might type it: other case, with spaces, dots or dashes between characters. */
  const retyped = (value: string) =>
    fc.array(fc.constantFrom('', ' ', '.', '-'), { minLength: value.length, maxLength: value.length }).chain((gaps) =>
      fc.boolean().map((upper) => {
        const typed = [...value].map((c, i) => `${c}${gaps[i]}`).join('');
        return upper ? typed.toUpperCase() : typed.toLowerCase();
      }),
    );

  it("finds the one company with the partner's tax number however it was typed", () => {
    fc.assert(
      fc.property(
        taxNumber.chain((tax) => retyped(tax).map((typed) => ({ tax, typed }))),
        ({ tax, typed }) => {
          const company = companyRecord({ metakockaTaxNumber: typed });
          expect(
            matchCompany(index([company, companyRecord({ metakockaTaxNumber: `${tax}9` })]), PARTNER, tax),
          ).toEqual({ kind: 'matched', record: company });
        },
      ),
    );
  });

  it('never matches a company whose tax number differs in more than its writing', () => {
    fc.assert(
      fc.property(taxNumber, taxNumber, (a, b) => {
        fc.pre(a.toUpperCase() !== b.toUpperCase());
        expect(matchCompany(index([companyRecord({ metakockaTaxNumber: a })]), PARTNER, b)).toEqual({ kind: 'new' });
      }),
    );
  });

  it("finds the one unbound person with the contact's e-mail in any case and with surrounding spaces", () => {
    const address = fc
      .tuple(
        fc.string({ unit: fc.constantFrom(...'abčšžAČŠŽ.-_1'.split('')), minLength: 1, maxLength: 10 }),
        fc.constantFrom('example.si', 'Podjetje.EXAMPLE'),
      )
      .map(([local, domain]) => `${local}@${domain}`);
    fc.assert(
      fc.property(address, fc.boolean(), fc.constantFrom('', ' ', '  '), (mail, upper, pad) => {
        const person = personRecord({ ...email(`${pad}${upper ? mail.toUpperCase() : mail.toLowerCase()}${pad}`) });
        expect(matchPerson(index([], [person]), { contactId: '1600481237' }, mail)).toEqual({
          kind: 'matched',
          record: person,
        });
      }),
    );
  });
});

describe('matchPerson', () => {
  it('finds a contact person by its contact id and a private person by its partner id', () => {
    const contact = personRecord({ metakockaContactId: '1600481237', metakockaPartnerId: null });
    const priv = personRecord({ metakockaPartnerId: '1600481301', metakockaContactId: '1600481303' });
    const idx = index([], [contact, priv]);
    expect(matchPerson(idx, { contactId: '1600481237' }, 'drugi@example.si')).toEqual({
      kind: 'bound',
      record: contact,
    });
    expect(matchPerson(idx, { partnerId: '1600481301', contactId: '1600481303' }, '')).toEqual({
      kind: 'bound',
      record: priv,
    });
  });

  it('on a first sync, takes the one unbound person with the e-mail, whatever its case, spaces or č/š/ž', () => {
    const spela = personRecord({
      name: { firstName: 'Špela', lastName: 'Žagar' },
      ...email(' ŠPELA.ŽAGAR@Example.SI '),
    });
    expect(matchPerson(index([], [spela]), { contactId: '1600481237' }, 'špela.žagar@example.si')).toEqual({
      kind: 'matched',
      record: spela,
    });
  });

  it('does not take a person already bound to another contact, even with the same e-mail', () => {
    const taken = personRecord({ metakockaContactId: '1600480001', ...email('nabava@alpska-tehnika.example') });
    expect(matchPerson(index([], [taken]), { contactId: '1600481237' }, 'nabava@alpska-tehnika.example')).toEqual({
      kind: 'new',
    });
  });

  it('reports two unbound people with the e-mail as ambiguous rather than picking one', () => {
    const a = personRecord({ ...email('nabava@alpska-tehnika.example') });
    const b = personRecord({ ...email('NABAVA@alpska-tehnika.example') });
    const match = matchPerson(index([], [a, b]), { contactId: '1600481237' }, 'nabava@alpska-tehnika.example');
    expect(match.kind === 'ambiguous' && match.candidates.map((p) => p.id).sort()).toEqual([a.id, b.id].sort());
  });

  it('matches a contact without an e-mail to nothing, not to the people who have none either', () => {
    const people = [personRecord(), personRecord({ ...email('  ') })];
    expect(matchPerson(index([], people), { contactId: '1600481237' }, '')).toEqual({ kind: 'new' });
    expect(matchPerson(index([], people), { contactId: '1600481237' }, '  ')).toEqual({ kind: 'new' });
  });

  it('keeps a bound person the user deleted or excluded out of the sync', () => {
    const deleted = personRecord({ metakockaContactId: '1600481237', deletedAt: '2026-03-02T08:00:00.000Z' });
    const excluded = personRecord({ metakockaPartnerId: '1600481301', metakockaSyncExcluded: true });
    const idx = index([], [deleted, excluded]);
    expect(matchPerson(idx, { contactId: '1600481237' }, '').kind).toBe('excluded');
    expect(matchPerson(idx, { partnerId: '1600481301' }, '').kind).toBe('excluded');
  });
});

describe('emailHolder: who already has an e-mail Twenty keeps unique', () => {
  it('names another person with the e-mail, in any case, but not the record being written', () => {
    const holder = personRecord({ metakockaContactId: '1600480001', ...email('Maja.Kovac@Example.si') });
    const self = personRecord({ ...email('maja.kovac@example.si') });
    const idx = index([], [holder, self]);
    expect(emailHolder(idx, 'maja.kovac@example.si', self.id)).toBe(holder);
    expect(emailHolder(idx, 'maja.kovac@example.si', holder.id)).toBe(self);
    expect(emailHolder(index([], [self]), 'MAJA.KOVAC@example.si', self.id)).toBeUndefined();
    expect(emailHolder(idx, 'nihce@example.si', null)).toBeUndefined();
  });
});
