// Mapping both ways between Metakocka partners and Twenty companies and people (server/sync/partners/mapper.ts and
// fields.ts), on the API.md §8.1 partners: what lands in Twenty, what goes to Metakocka, and what counts as a change.
import fc from 'fast-check';
import type { CompanyDraft, CompanyRecord, PersonDraft, PersonRecord } from 'server/crm';
import type { ConflictPolicy } from 'server/settings/schema';
import { MappingError } from 'server/sync/errors';
import type { MetakockaContact, MetakockaPartner } from 'server/sync/mk-port';
import {
  COMPANY_FIELDS,
  PERSON_FIELDS,
  PRIVATE_PERSON_FIELDS,
  contactSource,
  type FieldSpec,
  type PersonSource,
} from 'server/sync/partners/fields';
import {
  companyToPartner,
  mergedForMetakocka,
  mkValues,
  personToContact,
  personToPrivatePartner,
  planRecord,
  twentyValues,
} from 'server/sync/partners/mapper';
import { apiPartners, companyRecord, personRecord } from './records';

const SEEN = '2026-03-05T08:00:00.000Z';
const thrown = (run: () => unknown): MappingError => {
  try {
    run();
  } catch (error) {
    return error as MappingError;
  }
  throw new Error('expected the mapping to be refused');
};
const BINDING = '1600481234/';
/** Plans a record as the pull does; the binding only goes into the sync hash, so one serves every test. */
const pull = <R extends CompanyRecord | PersonRecord, D, S>(
  specs: Array<FieldSpec<R, D, S>>,
  source: S,
  record: R | null,
  conflicts: ConflictPolicy = 'ask',
) => planRecord(specs, source, record, () => conflicts, SEEN, { binding: BINDING, pushesNow: false });

/** The company as Twenty holds it after the sync wrote the plan's draft. */
const withCompanyDraft = (record: CompanyRecord, draft: Partial<CompanyDraft>): CompanyRecord =>
  ({ ...record, ...draft, address: { ...record.address, ...draft.address } }) as CompanyRecord;
const withPersonDraft = (record: PersonRecord, draft: Partial<PersonDraft>): PersonRecord =>
  ({
    ...record,
    ...draft,
    name: { ...record.name, ...draft.name },
    emails: { ...record.emails, ...draft.emails },
    phones: { ...record.phones, ...draft.phones },
  }) as PersonRecord;

/** A company synced once from the partner: Twenty and Metakocka agree and the sync hash says so. */
function syncedCompany(partner = apiPartners().alpska): CompanyRecord {
  const { draft } = pull(COMPANY_FIELDS, partner, null);
  return withCompanyDraft(companyRecord({ metakockaPartnerId: partner.mkId }), draft!);
}
const privateSource = (partner = apiPartners().maja): PersonSource => ({
  name: partner.name,
  email: partner.contacts[0]!.email,
  phone: partner.contacts[0]!.gsm,
  country: partner.addresses[0]!.country,
  partner,
});

describe('a Metakocka partner in Twenty', () => {
  it('makes a business partner a company with billing address, tax data, code and all addresses (API.md §3.1)', () => {
    const { alpska } = apiPartners();
    alpska.addresses.reverse(); // the "Račun" address is the billing one wherever it is listed
    const { draft } = pull(COMPANY_FIELDS, alpska, null);
    expect(draft).toMatchObject({
      name: 'Alpska Tehnika d.o.o.',
      metakockaTaxNumber: 'SI71234560',
      metakockaVatPayer: true,
      metakockaPartnerCode: '1042',
      address: {
        addressStreet1: 'Tržaška cesta 118',
        addressPostcode: '1000',
        addressCity: 'Ljubljana',
        addressCountry: 'Slovenija',
      },
      metakockaSyncHash: expect.stringMatching(/^v1\|/),
    });
    expect(draft!.metakockaDeliveryAddresses).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ mkId: '1600481235', type: 'Račun' }),
        expect.objectContaining({ mkId: '1600481236', type: 'Dobava', city: 'Kranj' }),
      ]),
    );
  });

  it('makes a contact a person with first and last name, e-mail and mobile (not landline) number with +386', () => {
    const { alpska } = apiPartners();
    const { draft } = pull(PERSON_FIELDS, contactSource(alpska.contacts[0]!, alpska), null);
    expect(draft).toMatchObject({
      name: { firstName: 'Nina', lastName: 'Zupan' },
      emails: { primaryEmail: 'nabava@alpska-tehnika.example' },
      phones: { primaryPhoneNumber: '41555666', primaryPhoneCountryCode: 'SI', primaryPhoneCallingCode: '+386' },
    });
  });

  it("gives a nameless contact the partner's name, without a mobile its landline, in the partner's country", () => {
    const { alpska } = apiPartners();
    alpska.addresses[0]!.country = 'Hrvaška';
    const source = contactSource({ ...alpska.contacts[0]!, name: '', gsm: '', phone: '01 555 12 34' }, alpska);
    expect(mkValues(PERSON_FIELDS, source)).toEqual({
      name: 'Alpska Tehnika d.o.o.',
      email: 'nabava@alpska-tehnika.example',
      phone: '+38515551234',
    });
  });

  it("makes a private person a person with the partner's tax number, code and addresses", () => {
    const { draft } = pull(PRIVATE_PERSON_FIELDS, privateSource(), null);
    expect(draft).toMatchObject({
      name: { firstName: 'Maja', lastName: 'Kovač' },
      emails: { primaryEmail: 'maja.kovac@example.si' },
      phones: { primaryPhoneNumber: '31222333', primaryPhoneCallingCode: '+386' },
      metakockaPartnerCode: '1043',
      metakockaTaxNumber: '',
      metakockaDeliveryAddresses: [
        expect.objectContaining({
          mkId: '1600481302',
          type: 'Račun',
          street: 'Gosposvetska cesta 12',
          city: 'Maribor',
        }),
      ],
    });
  });

  it('splits a name at its first space and tidies spaces: "  Ana   Marija  Novak " is Ana / Marija Novak', () => {
    const source = { ...privateSource(), name: '  Ana   Marija  Novak ' };
    const { draft } = pull(PERSON_FIELDS, source, null);
    expect(draft!.name).toEqual({ firstName: 'Ana', lastName: 'Marija Novak' });
    expect(pull(PERSON_FIELDS, { ...source, name: 'Cvetka' }, null).draft!.name).toEqual({
      firstName: 'Cvetka',
      lastName: '',
    });
  });

  it('writes nothing on the next pull when nothing changed', () => {
    const { alpska } = apiPartners();
    const again = pull(COMPANY_FIELDS, alpska, syncedCompany(alpska));
    expect(again.draft).toBeNull();
    expect(again.result).toMatchObject({ toTwenty: [], toMetakocka: [], conflicts: [] });
  });

  it('fills empty values, not errors, for a partner without addresses or contact data', () => {
    const { alpska } = apiPartners();
    const bare = { ...alpska, taxIdNumber: '', addresses: [], contacts: [] };
    const { draft } = pull(COMPANY_FIELDS, bare, null);
    expect(draft).toMatchObject({
      metakockaTaxNumber: '',
      address: { addressStreet1: '', addressPostcode: '', addressCity: '', addressCountry: '' },
    });
    const source: PersonSource = { name: 'Brez Podatkov', email: '', phone: '', country: '' };
    expect(mkValues(PERSON_FIELDS, source)).toEqual({ name: 'Brez Podatkov', email: '', phone: null });
  });
});

describe('what counts as a change', () => {
  it('takes another writing of a tax number, e-mail, phone or spacing in Twenty for the same value', () => {
    const company = withCompanyDraft(syncedCompany(), {
      metakockaTaxNumber: 'si 7123-4560',
      name: 'Alpska  Tehnika d.o.o. ',
    });
    expect(pull(COMPANY_FIELDS, apiPartners().alpska, company).result).toMatchObject({ toTwenty: [], toMetakocka: [] });
    const { alpska } = apiPartners();
    const source = contactSource(alpska.contacts[0]!, alpska);
    const first = pull(PERSON_FIELDS, source, null).draft!;
    const person = withPersonDraft(personRecord(), {
      ...first,
      emails: { primaryEmail: 'NABAVA@Alpska-Tehnika.example' },
      phones: { primaryPhoneNumber: '041 555 666', primaryPhoneCallingCode: '+386' },
    });
    expect(pull(PERSON_FIELDS, source, person).result).toMatchObject({
      toTwenty: [],
      toMetakocka: [],
    });
  });

  it('takes a name corrected only in case or in č/š/ž for a change, and sends it to Metakocka', () => {
    const synced = syncedCompany();
    for (const name of ['ALPSKA TEHNIKA d.o.o.', 'Alpska Tehnika d.o.o. Žiri']) {
      const planned = pull(COMPANY_FIELDS, apiPartners().alpska, { ...synced, name });
      expect(planned.result.toMetakocka).toEqual(['name']);
      expect(companyToPartner(mergedForMetakocka(planned, planned.result.toMetakocka)).name).toBe(name);
    }
  });

  it("sends Twenty's edits to Metakocka and brings Metakocka's edits in, each field on its own", () => {
    const { alpska } = apiPartners();
    const company = { ...syncedCompany(alpska), metakockaVatPayer: false };
    alpska.addresses[0]!.street = 'Celovška cesta 1';
    const planned = pull(COMPANY_FIELDS, alpska, company);
    expect(planned.result).toMatchObject({
      toTwenty: ['address', 'addresses'],
      toMetakocka: ['vatPayer'],
      conflicts: [],
    });
    expect(planned.draft).toMatchObject({ address: { addressStreet1: 'Celovška cesta 1' } });
    expect(planned.draft).not.toHaveProperty('metakockaVatPayer');
    expect(companyToPartner(mergedForMetakocka(planned, planned.result.toMetakocka))).toMatchObject({
      taxpayer: false,
      street: 'Celovška cesta 1',
    });
  });

  it("puts Metakocka's partner code back when it is edited in Twenty: Metakocka assigns it (API.md §2.2)", () => {
    const planned = pull(
      COMPANY_FIELDS,
      apiPartners().alpska,
      { ...syncedCompany(), metakockaPartnerCode: '9999' },
      'twenty-wins',
    );
    expect(planned.result).toMatchObject({ toTwenty: ['code'], toMetakocka: [] });
    expect(planned.draft).toMatchObject({ metakockaPartnerCode: '1042' });
  });

  it('under "ask", leaves a field edited differently on both sides as it is, and keeps asking on later runs', () => {
    const { alpska } = apiPartners();
    const company = { ...syncedCompany(alpska), name: 'Alpska (Twenty)' };
    alpska.name = 'Alpska (Metakocka)';
    const planned = pull(COMPANY_FIELDS, alpska, company);
    expect(planned.result).toMatchObject({ toTwenty: [], toMetakocka: [], conflicts: ['name'] });
    expect(planned.draft?.name).toBeUndefined();
    const later = pull(COMPANY_FIELDS, alpska, {
      ...company,
      metakockaSyncHash: planned.draft?.metakockaSyncHash ?? company.metakockaSyncHash,
    });
    expect(later.result.conflicts).toEqual(['name']);
  });

  it('keeps a Twenty edit the pull found waiting for its push, so a second pull before the push still sends it', () => {
    const { alpska } = apiPartners();
    const edited = { ...syncedCompany(alpska), metakockaVatPayer: false };
    const found = pull(COMPANY_FIELDS, alpska, edited);
    expect(found.result.toMetakocka).toEqual(['vatPayer']);
    const afterPull = found.draft ? ({ ...edited, ...found.draft } as CompanyRecord) : edited;
    expect(pull(COMPANY_FIELDS, alpska, afterPull).result.toMetakocka).toEqual(['vatPayer']);
  });
});

describe('a Twenty record in Metakocka', () => {
  it('makes a company a business partner with its tax number, VAT status and address', () => {
    const company = companyRecord({
      name: 'Mlinarstvo Čebelica d.o.o.',
      metakockaTaxNumber: 'si 9876 5432',
      metakockaVatPayer: true,
      address: {
        addressStreet1: 'Šmartinska 5',
        addressStreet2: '',
        addressCity: 'Ljubljana',
        addressPostcode: '1000',
        addressState: '',
        addressCountry: 'Slovenija',
      },
    });
    expect(companyToPartner(twentyValues(COMPANY_FIELDS, company))).toEqual({
      mkId: undefined,
      name: 'Mlinarstvo Čebelica d.o.o.',
      businessEntity: true,
      taxpayer: true,
      taxIdNumber: 'SI98765432',
      street: 'Šmartinska 5',
      postNumber: '1000',
      city: 'Ljubljana',
      country: 'Slovenija',
    });
  });

  it('sends a company without VAT status or address as not a VAT payer with an empty address', () => {
    const company = companyRecord({
      name: 'Brez naslova d.o.o.',
      metakockaVatPayer: null,
      address: null as unknown as CompanyRecord['address'],
    });
    expect(companyToPartner(twentyValues(COMPANY_FIELDS, company))).toMatchObject({
      taxpayer: false,
      taxIdNumber: '',
      street: '',
      postNumber: '',
      city: '',
      country: '',
    });
  });

  it("cuts a name longer than Metakocka's 100 characters (API.md §2.2) and keeps č/š/ž whole", () => {
    const long = `Žaga ${'š'.repeat(120)}`;
    const partner = companyToPartner(twentyValues(COMPANY_FIELDS, companyRecord({ name: long })));
    expect(partner.name).toBe(long.slice(0, 100));
    expect(partner.name).toHaveLength(100);
  });

  it.each([[''], ['   ']])('refuses a company named "%s" with an error that says what to do', (name) => {
    const error = thrown(() => companyToPartner(twentyValues(COMPANY_FIELDS, companyRecord({ name }))));
    expect(error).toBeInstanceOf(MappingError);
    expect(error).toMatchObject({
      message: expect.stringMatching(/no name.*Metakocka requires one/),
      action: expect.stringMatching(/Name the company in Twenty/),
    });
  });

  it("resends a pulled company unchanged, so adding a contact leaves the partner's data as it was", () => {
    const { alpska } = apiPartners();
    const resent = companyToPartner(mkValues(COMPANY_FIELDS, alpska));
    expect(resent).toEqual(companyToPartner(twentyValues(COMPANY_FIELDS, syncedCompany(alpska))));
    expect(resent).toMatchObject({ name: alpska.name, taxIdNumber: 'SI71234560', street: 'Tržaška cesta 118' });
  });

  it('makes a person at a company a contact with its e-mail and the mobile number in canonical form', () => {
    const person = personRecord({
      name: { firstName: 'Luka', lastName: 'Horvat' },
      emails: { primaryEmail: 'Luka.Horvat@Podjetje.example', additionalEmails: null },
      phones: {
        primaryPhoneNumber: '031 222 333',
        primaryPhoneCountryCode: 'SI',
        primaryPhoneCallingCode: '+386',
        additionalPhones: null,
      },
    });
    expect(personToContact(twentyValues(PERSON_FIELDS, person), '1600481237', '1600481235')).toEqual({
      mkId: '1600481237',
      addressMkId: '1600481235',
      name: 'Luka Horvat',
      email: 'luka.horvat@podjetje.example',
      gsm: '+38631222333',
      phone: '',
    });
  });

  it('sends a person without e-mail or phone with those left empty', () => {
    expect(
      personToContact(
        twentyValues(
          PERSON_FIELDS,
          personRecord({
            emails: null as unknown as PersonRecord['emails'],
            phones: null as unknown as PersonRecord['phones'],
          }),
        ),
        undefined,
        undefined,
      ),
    ).toMatchObject({ name: 'Ana Novak', email: '', gsm: '' });
  });

  it('refuses a person without a name with an error that says what to do', () => {
    const nameless = personRecord({ name: { firstName: ' ', lastName: '' } });
    for (const error of [
      thrown(() => personToContact(twentyValues(PERSON_FIELDS, nameless), undefined, undefined)),
      thrown(() => personToPrivatePartner(twentyValues(PRIVATE_PERSON_FIELDS, nameless), [])),
    ]) {
      expect(error).toBeInstanceOf(MappingError);
      expect(error).toMatchObject({
        message: expect.stringMatching(/person has no name/),
        action: expect.stringMatching(/Give the person a name in Twenty/),
      });
    }
  });

  it('makes a person without a company a private partner at its billing address, its contact at that address', () => {
    const { maja } = apiPartners();
    const addresses = [
      {
        mkId: '1600481399',
        type: 'Dobava',
        street: 'Ptujska 3',
        postNumber: '2000',
        city: 'Maribor',
        country: 'Slovenija',
      },
      ...(mkValues(PRIVATE_PERSON_FIELDS, privateSource(maja)).addresses as object[]),
    ];
    const person = personRecord({
      name: { firstName: 'Maja', lastName: 'Kovač' },
      emails: { primaryEmail: 'maja.kovac@example.si', additionalEmails: null },
      metakockaTaxNumber: '12345678',
    });
    expect(
      personToPrivatePartner(twentyValues(PRIVATE_PERSON_FIELDS, person), addresses, maja.mkId, '1600481303'),
    ).toEqual({
      mkId: maja.mkId,
      name: 'Maja Kovač',
      businessEntity: false,
      taxpayer: false,
      taxIdNumber: '12345678',
      street: 'Gosposvetska cesta 12',
      postNumber: '2000',
      city: 'Maribor',
      country: 'Slovenija',
      contacts: [
        {
          mkId: '1600481303',
          addressMkId: '1600481302',
          name: 'Maja Kovač',
          email: 'maja.kovac@example.si',
          gsm: '',
          phone: '',
        },
      ],
    });
  });

  it('makes a new private partner without addresses with an empty address', () => {
    const partner = personToPrivatePartner(twentyValues(PRIVATE_PERSON_FIELDS, personRecord()), undefined);
    expect(partner).toMatchObject({
      businessEntity: false,
      street: '',
      postNumber: '',
      city: '',
      country: '',
      contacts: [expect.objectContaining({ addressMkId: undefined })],
    });
  });
});

// Any text Metakocka may hold, with č/š/ž, odd spacing and case.
const text = fc.string({ unit: fc.constantFrom(...'aAčČšŠžŽ .-@d1'.split('')), maxLength: 16 });
const address = fc.record({
  mkId: fc.string({ minLength: 1, maxLength: 4 }),
  type: fc.constantFrom('Račun', 'Dobava', 'Poslovna enota'),
  street: text,
  postNumber: text,
  city: text,
  province: fc.constant(''),
  country: fc.constantFrom('Slovenija', 'Croatia', '', 'AT'),
});
const partnerArb: fc.Arbitrary<MetakockaPartner> = fc.record({
  mkId: fc.constant('1600481234'),
  countCode: text,
  name: text,
  businessEntity: fc.constant(true),
  taxpayer: fc.boolean(),
  foreign: fc.boolean(),
  buyer: fc.boolean(),
  taxIdNumber: text,
  contacts: fc.constant<MetakockaContact[]>([]),
  addresses: fc.array(address, { maxLength: 3 }),
});
const personArb = fc.record({
  name: text,
  email: text,
  phone: fc.constantFrom('', '041 123 456', '+43 664 1234567', '01/555-12-34', 'ni'),
  country: fc.constantFrom('Slovenija', 'Hrvaška', ''),
});

/** What a second pull of the same source plans for the record the first pull wrote. */
const secondPull = <R extends CompanyRecord | PersonRecord, D, S>(
  specs: Array<FieldSpec<R, D, S>>,
  source: S,
  blank: R,
  written: (record: R, draft: Partial<D>) => R,
) => pull(specs, source, written(blank, pull(specs, source, null).draft!));

describe('mapping rules that hold for every partner', () => {
  it('writes nothing on the second pull of any company partner, so an unchanged register costs no writes', () => {
    fc.assert(
      fc.property(partnerArb, (partner) => {
        expect(secondPull(COMPANY_FIELDS, partner, companyRecord(), withCompanyDraft).draft).toBeNull();
      }),
    );
  });

  it('writes nothing on the second pull of any contact, whatever its name, e-mail or phone', () => {
    fc.assert(
      fc.property(personArb, (source) => {
        expect(secondPull(PERSON_FIELDS, source, personRecord(), withPersonDraft).draft).toBeNull();
      }),
    );
  });

  it('reads what it wrote to Twenty back as the same values, so nothing pulled is pushed back', () => {
    fc.assert(
      fc.property(personArb, (source) => {
        const { draft, mk } = pull(PERSON_FIELDS, source, null);
        expect(twentyValues(PERSON_FIELDS, withPersonDraft(personRecord(), draft!))).toEqual(mk);
      }),
    );
  });
});
