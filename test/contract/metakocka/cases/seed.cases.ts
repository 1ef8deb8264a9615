/** The seeded company is Slovenian-realistic and internally consistent (issue #3 item 4; API.md §3.5, §8). */
import { A, B } from '../transports';
import { asArray, cents, expectOk, type ContractCase } from './helpers';

/** SI VAT: weights 8..2, check = 11 - sum mod 11 (11 -> 0, 10 invalid). Written here independently of the generator. */
function validSiVat(vat: string): boolean {
  const m = /^SI([1-9]\d{7})$/.exec(vat);
  if (!m) return false;
  const d = [...m[1]!].map(Number);
  const check = 11 - (d.slice(0, 7).reduce((a, x, i) => a + x * (8 - i), 0) % 11);
  return check !== 10 && check % 11 === d[7];
}

export const seedCases: ContractCase[] = [
  {
    name: 'seed: partners have č/š/ž names, valid SI VAT numbers, real post numbers, and some are abroad (HR, AT)',
    opts: { partners: 300, products: 10, documents: 0 },
    async run(t) {
      const partners = expectOk(await t.post(B('get_partner'))).partner_list;
      expect(partners).toHaveLength(300);
      expect(partners.some((p: any) => /[čšž]/i.test(p.customer))).toBe(true);
      expect(partners.some((p: any) => / d\.o\.o\.$/.test(p.customer))).toBe(true);
      expect(partners.some((p: any) => / s\.p\.$/.test(p.customer))).toBe(true);
      const si = partners.filter((p: any) => p.tax_id_number?.startsWith('SI'));
      expect(si.length).toBeGreaterThan(50);
      expect(si.filter((p: any) => !validSiVat(p.tax_id_number))).toEqual([]);
      const cities = new Set(
        partners.flatMap((p: any) => p.partner_delivery_address_list.map((a: any) => `${a.post_number} ${a.city}`)),
      );
      for (const c of ['1000 Ljubljana', '2000 Maribor', '3000 Celje']) expect(cities).toContain(c);
      expect(partners.some((p: any) => p.tax_id_number?.startsWith('HR'))).toBe(true);
      expect(partners.some((p: any) => p.tax_id_number?.startsWith('ATU'))).toBe(true);
    },
  },
  {
    name: 'seed: every document total is exact: sum_all = sum_basic + the sum of sum_tax_*, 1-8 lines each',
    opts: { partners: 40, products: 80, documents: 300 },
    async run(t) {
      const types = [
        'sales_offer',
        'sales_order',
        'sales_bill_domestic',
        'sales_bill_foreign',
        'sales_bill_retail',
        'sales_bill_prepaid',
        'sales_bill_credit_note',
      ];
      const seen = new Set<string>();
      for (const doc_type of types) {
        const page = expectOk(await t.post(B('search'), { doc_type, result_type: 'doc', limit: '100' }));
        for (const d of asArray(page.result) as any[]) {
          seen.add(doc_type);
          const taxes = Object.entries(d)
            .filter(([k]) => k.startsWith('sum_tax_'))
            .reduce((a, [, v]) => a + cents(v as string), 0n);
          expect(cents(d.sum_all)).toBe(cents(d.sum_basic) + taxes);
          expect(asArray(d.product_list).length).toBeGreaterThanOrEqual(1);
          expect(asArray(d.product_list).length).toBeLessThanOrEqual(8);
        }
      }
      expect(seen.size).toBeGreaterThanOrEqual(6);
      // Currencies follow the partner: US partners pay in USD, Croatian ones in HRK before the euro (2023), others EUR.
      const store = t.core.store;
      for (const d of store.documents.list()) {
        const iso = store.partners.get(d.partner.partnerMkId)!.addresses[0]!.countryIso2;
        const expected = iso === 'US' ? 'USD' : iso === 'HR' && d.docDate < '2023-01-01' ? 'HRK' : 'EUR';
        expect([d.countCode, d.currencyCode]).toEqual([d.countCode, expected]);
      }
      expect(new Set(store.documents.list().map((d) => d.currencyCode))).toEqual(new Set(['EUR', 'HRK', 'USD']));
      const taxes = new Set(t.core.store.documents.list().flatMap((d) => d.lines.map((l) => l.tax)));
      for (const code of ['EX4', 'EX3']) expect(taxes).toContain(code);
    },
  },
  {
    name: 'seed: the same seed gives the same company; another seed a different one',
    opts: { seed: 11 },
    async run(t) {
      const { createSandboxCore } = await import('test/sandbox');
      const page = JSON.stringify(
        expectOk(await t.post(A('product_list'), { limit: '20', return_pricelist: 'true' })).product_list,
      );
      const twin = createSandboxCore({ seed: 11 });
      const other = createSandboxCore({ seed: 12 });
      const names = (c: typeof twin) =>
        c.store.products
          .list()
          .slice(0, 20)
          .map((p) => p.name)
          .join('|');
      expect(page).toContain(twin.store.products.list()[0]!.name);
      expect(names(twin)).toBe(
        t.core.store.products
          .list()
          .slice(0, 20)
          .map((p) => p.name)
          .join('|'),
      );
      expect(names(other)).not.toBe(names(twin));
    },
  },
];
