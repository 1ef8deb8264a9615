/** get_partner / add_partner / update_partner (API.md §2.2, §3.1, §6 items 10, 18; §9 line 5). */
import { B } from '../transports';
import { expectOk, expectRefusal, type ContractCase } from './helpers';

export const partnerCases: ContractCase[] = [
  {
    name: '§2.2/§9: partner_name is a contains match, case-insensitive, in creation order',
    async run(t) {
      for (const customer of ['BAJEC JANEZ', 'Testni Janez', 'Marko Novak'])
        expectOk(await t.post(B('add_partner'), { partner: { customer } }));
      const hits = expectOk(await t.post(B('get_partner'), { partner_name: 'janez' })).partner_list;
      expect(hits.map((p: any) => p.customer)).toEqual(['BAJEC JANEZ', 'Testni Janez']);
    },
  },
  {
    name: '§6.18/§9: no hit is opr_code 2 "No partner with such properties.", not an empty list',
    async run(t) {
      expectRefusal(
        await t.post(B('get_partner'), { partner_name: 'Nobenega takega ni' }),
        '2',
        'No partner with such properties.',
      );
      expectRefusal(await t.post(B('get_partner'), { partner_id: '1' }), '2', 'No partner with such properties.');
    },
  },
  {
    name: '§2.2: lookups by tax number, e-mail and phone',
    async run(t) {
      const p = t.core.store.partners.list().find((x) => x.taxIdNumber && x.contacts[0]?.email && x.contacts[0]?.gsm)!;
      const c = p.contacts[0]!;
      for (const filter of [
        { partner_tax_number: p.taxIdNumber },
        { partner_email: c.email },
        { partner_phone_number: c.gsm },
      ]) {
        const hits = expectOk(await t.post(B('get_partner'), filter)).partner_list;
        expect(hits.map((x: any) => x.mk_id)).toContain(p.mkId);
      }
    },
  },
  {
    name: '§8.1: register shape: billing address "Račun", contacts point to an address, city (not place)',
    async run(t) {
      const p = expectOk(await t.post(B('get_partner'))).partner_list[0];
      expect(p).toEqual(
        expect.objectContaining({
          mk_id: expect.any(String),
          count_code: expect.any(String),
          customer: expect.any(String),
          foreign_county: expect.stringMatching(/^(true|false)$/),
        }),
      );
      const billing = p.partner_delivery_address_list.find((a: any) => a.address_type === 'Račun');
      expect(billing).toEqual(
        expect.objectContaining({
          street: expect.any(String),
          post_number: expect.any(String),
          city: expect.any(String),
        }),
      );
      expect(billing.place).toBeUndefined();
      for (const c of p.partner_contact_list)
        expect(p.partner_delivery_address_list.map((a: any) => a.mk_id)).toContain(c.mk_address_id);
    },
  },
  {
    name: '§2.2: get_partner without filters returns everybody; paging is ignored or honoured by setting',
    async run(t) {
      const all = expectOk(await t.post(B('get_partner'), { limit: '5', offset: '0' }));
      expect(Number(all.partner_list_count)).toBe(t.core.store.partners.count()); // ignored: a client must notice
      t.core.store.settings.partnerPaging = 'honoured';
      const page2 = expectOk(await t.post(B('get_partner'), { limit: '5', offset: '5' }));
      expect(page2.partner_list.map((p: any) => p.mk_id)).toEqual(
        t.core.store.partners
          .list()
          .slice(5, 10)
          .map((p) => p.mkId),
      );
    },
  },
  {
    name: '§2.2: add_partner stores the main address as "Račun", answers ids without opr_code, never deduplicates',
    async run(t) {
      const partner = {
        business_entity: 'true',
        taxpayer: 'true',
        customer: 'Kraška Oprema d.o.o.',
        tax_id_number: 'SI12345679',
        street: 'Šmartinska cesta 52',
        post_number: '1000',
        place: 'Ljubljana',
        country: 'Slovenija',
        partner_contact: { name: 'Špela Žagar', email: 'spela@kraska.example', gsm: '041 222 333' },
        partner_delivery_address: {
          address_type: 'Dobava',
          street: 'Industrijska ulica 7',
          post_number: '4000',
          city: 'Kranj',
          country: 'SI',
        },
      };
      const first = expectOk(await t.post(B('add_partner'), { partner }));
      expect(first.opr_code).toBeUndefined();
      expect(first.mk_address_id_list[0].street).toBe('Šmartinska cesta 52');
      expect(first.mk_address_id_list).toHaveLength(2);
      expectOk(await t.post(B('add_partner'), { partner }));
      const hits = expectOk(await t.post(B('get_partner'), { partner_tax_number: 'SI12345679' })).partner_list;
      expect(hits).toHaveLength(2);
      expect(hits[0].partner_delivery_address_list[0].address_type).toBe('Račun');
      expect(hits[0].partner_contact_list[0]).toEqual(
        expect.objectContaining({
          mk_id: first.mk_contact_id,
          mk_address_id: first.mk_address_id_list[0].mk_id,
          name: 'Špela Žagar',
        }),
      );
    },
  },
  {
    name: '§2.2: add_partner refuses a missing name and over-long fields',
    async run(t) {
      expectRefusal(await t.post(B('add_partner'), { partner: { street: 'Brez imena 1' } }), '2', /customer/);
      expectRefusal(
        await t.post(B('add_partner'), { partner: { customer: 'x'.repeat(101) } }),
        '2',
        /Max length is 100/,
      );
      expectRefusal(await t.post(B('add_partner'), {}), '2', 'Partner data are missing');
    },
  },
  {
    name: '§2.2: update_partner updates entries with mk_id and adds those without (every time)',
    async run(t) {
      const p = t.core.store.partners.list()[0]!;
      const billing = p.addresses[0]!;
      const before = p.contacts.length;
      const body = {
        partner: {
          mk_id: p.mkId,
          customer: 'Preimenovan d.o.o.',
          partner_contact_list: [{ mk_address_id: billing.mkId, name: 'Nov Kontakt' }],
          partner_delivery_address_list: [{ mk_id: billing.mkId, street: 'Nova ulica 1' }],
        },
      };
      const answer = expectOk(await t.post(B('update_partner'), body));
      expect(answer.partner_list[0].customer).toBe('Preimenovan d.o.o.');
      expectOk(await t.post(B('update_partner'), body));
      expect(p.contacts.length).toBe(before + 2);
      expect(p.addresses[0]!.street).toBe('Nova ulica 1');
      expectRefusal(
        await t.post(B('update_partner'), {
          partner: { mk_id: p.mkId, partner_contact_list: [{ name: 'Brez naslova' }] },
        }),
        '2',
        /mk_address_id/,
      );
      expectRefusal(
        await t.post(B('update_partner'), { partner: { mk_id: '42' } }),
        '2',
        'No partner with such properties.',
      );
    },
  },
];
