/** Path families, authentication, envelope and faults (API.md §1.1-§1.3, §4, §5, §6 items 1, 2, 22, 28; §9 lines 1-3). */
import { A, B, C } from '../transports';
import { expectHtml404, expectOk, expectRefusal, nonStringLeaves, type ContractCase } from './helpers';

export const transportCases: ContractCase[] = [
  {
    name: '§6.1/§9: a method on the wrong path family answers an HTML 404 page, on the right one JSON',
    async run(t) {
      expectHtml404(await t.post(B('product_list')));
      expectHtml404(await t.post(A('put_document'), { doc_type: 'sales_order' }));
      expectHtml404(await t.post(C('search'), { doc_type: 'sales_order' }));
      expectHtml404(await t.post(A('sync_stock')));
      expectOk(await t.post(A('product_list'), { limit: '1' }));
      expectOk(await t.post(B('search'), { doc_type: 'sales_order', limit: '1' }));
    },
  },
  {
    name: '§2.9/§9: invented method names and unknown paths answer HTML 404',
    async run(t) {
      expectHtml404(await t.post(B('put_sales_order')));
      expectHtml404(await t.post(A('partner_search')));
      expectHtml404(await t.post('/rest/v1/contact/1'));
      expectHtml404(await t.post(`${B('search')}/`));
    },
  },
  {
    name: '§1.2: calls must be POST with a JSON body',
    async run(t) {
      const get = await t.post(A('product_list'), {}, { method: 'GET' });
      expect(get.status).toBe(405);
      expect(get.contentType).toMatch(/text\/html/);
      expectRefusal(await t.post(A('product_list'), {}, { contentType: 'text/plain' }), '2', /application\/json/);
      expectRefusal(await t.post(A('product_list'), {}, { raw: '{"secret_key": ' }), '2', /not a valid JSON/);
    },
  },
  {
    name: '§1.2/§5.2/§9: wrong or missing credentials answer opr_code 3 and reveal nothing',
    async run(t) {
      const wrongKey = await t.post(A('product_list'), {}, { auth: { secret_key: 'not-the-key' } });
      expectRefusal(wrongKey, '3');
      expect(wrongKey.text).not.toContain(t.core.secretKeyForOwner());
      expectRefusal(await t.post(B('get_partner'), {}, { auth: { company_id: '999999' } }), '3');
      expectRefusal(await t.post(B('search'), { doc_type: 'sales_order' }, { auth: false }), '3');
    },
  },
  {
    name: '§1.2/§5.2: a company with an IP allow-list refuses other callers with opr_code 4',
    opts: { settings: { ipBlocked: true } },
    async run(t) {
      expectRefusal(await t.post(A('product_list')), '4', /IP address/);
      expectRefusal(await t.post(B('get_partner')), '4');
      t.core.store.settings.ipBlocked = false;
      expectOk(await t.post(A('product_list'), { limit: '1' }));
    },
  },
  {
    name: '§1.5: company_id may arrive as a JSON number, flags as JSON booleans',
    async run(t) {
      const a = await t.post(
        A('product_list'),
        { limit: 1, return_pricelist: true },
        { auth: { company_id: Number(t.core.companyId) } },
      );
      expect(expectOk(a).product_list.pricelist).toBeDefined();
    },
  },
  {
    name: '§1.3/§6.2/§9: answers are strings everywhere and carry opr_code "0" and opr_time_ms',
    async run(t) {
      for (const a of [
        await t.post(A('product_list'), {
          limit: '20',
          return_pricelist: 'true',
          return_warehause_stock: 'true',
          return_free_amount: 'true',
          show_tax_factor: 'true',
        }),
        await t.post(A('warehouse_stock'), { limit: '50' }),
        await t.post(A('warehouse_list')),
        await t.post(B('search'), {
          doc_type: 'sales_bill_domestic',
          result_type: 'doc',
          limit: '20',
          show_payment_detail: 'true',
          show_product_detail: 'true',
        }),
        await t.post(B('get_partner')),
      ]) {
        const json = expectOk(a);
        expect(nonStringLeaves(json)).toEqual([]);
        expect(json.opr_time_ms).toMatch(/^\d+$/);
      }
      expect(expectOk(await t.post(A('warehouse_list'))).opr_code).toBe('0');
    },
  },
  {
    name: '§1.3: partner methods answer success without opr_code (and with it when configured)',
    async run(t) {
      const bare = expectOk(await t.post(B('get_partner')));
      expect(bare.opr_code).toBeUndefined();
      expect(Number(bare.partner_list_count)).toBeGreaterThan(0);
      t.core.store.settings.partnerOprCode = 'include';
      expect(expectOk(await t.post(B('get_partner'))).opr_code).toBe('0');
    },
  },
  {
    name: '§4/§6.22: searches for one company run one at a time; a second search waits',
    opts: { settings: { searchWorkMs: 60 } },
    async run(t) {
      const started = Date.now();
      const answers = await Promise.all(
        [1, 2, 3].map(() => t.post(B('search'), { doc_type: 'sales_order', limit: '1' })),
      );
      answers.forEach(expectOk);
      expect(t.core.searchLane.maxInFlight).toBe(1);
      expect(t.core.searchLane.waited).toBe(2);
      expect(Date.now() - started).toBeGreaterThanOrEqual(170);
      // Other methods do not queue behind searches.
      expect(t.core.searchLane.inFlight).toBe(0);
    },
  },
  {
    name: 'faults: 5xx answers an HTML 503, html404 an HTML 404, quota opr_code 5 — nothing is applied',
    async run(t) {
      const before = t.core.store.partners.count();
      t.core.failNext('5xx');
      const a = await t.post(B('add_partner'), { partner: { customer: 'Ena d.o.o.' } });
      expect(a.status).toBe(503);
      expect(a.contentType).toMatch(/text\/html/);
      t.core.failNext('html404');
      expectHtml404(await t.post(B('add_partner'), { partner: { customer: 'Dva d.o.o.' } }));
      t.core.failNext('quota');
      expectRefusal(await t.post(B('add_partner'), { partner: { customer: 'Tri d.o.o.' } }), '5', 'Quote exceeds');
      expect(t.core.store.partners.count()).toBe(before);
    },
  },
  {
    name: 'faults: lost-write applies the write and drops the answer (API.md §5.1, §6.9)',
    async run(t) {
      const before = t.core.store.partners.count();
      t.core.failNext('lost-write', 'add_partner');
      await expect(t.post(B('add_partner'), { partner: { customer: 'Izgubljeni odgovor d.o.o.' } })).rejects.toThrow();
      expect(t.core.store.partners.count()).toBe(before + 1);
      expect(expectOk(await t.post(B('get_partner'), { partner_name: 'Izgubljeni odgovor' })).partner_list_count).toBe(
        '1',
      );
    },
  },
  {
    name: 'faults: timeout holds the socket until the client gives up',
    opts: { faults: 'hold:3000' },
    async run(t) {
      t.core.failNext('timeout');
      const started = Date.now();
      await expect(t.post(A('product_list'), {}, { timeoutMs: 300 })).rejects.toThrow();
      expect(Date.now() - started).toBeGreaterThanOrEqual(280);
      expectOk(await t.post(A('product_list'), { limit: '1' }));
    },
  },
  {
    name: '§6.28 faults: malformed answers are not valid JSON',
    async run(t) {
      t.core.failNext('malformed');
      const a = await t.post(A('warehouse_list'));
      expect(a.status).toBe(200);
      expect(a.contentType).toMatch(/json/);
      expect(() => JSON.parse(a.text)).toThrow();
    },
  },
  {
    name: 'faults: latency delays every call; rates are deterministic for a seed',
    opts: { faults: 'latency:80' },
    async run(t) {
      const started = Date.now();
      expectOk(await t.post(A('warehouse_list')));
      expect(Date.now() - started).toBeGreaterThanOrEqual(75);
      const outcomes = async () => {
        t.core.setFaults('5xx:0.3,quota:0.2,seed:42');
        const out: string[] = [];
        for (let i = 0; i < 20; i++) {
          const a = await t.post(A('warehouse_list'));
          out.push(a.status === 503 ? '5xx' : (a.json?.opr_code ?? '?'));
        }
        return out.join(',');
      };
      const first = await outcomes();
      expect(first).toMatch(/5xx/);
      expect(first).toMatch(/5(,|$)/);
      expect(await outcomes()).toBe(first);
    },
  },
];
