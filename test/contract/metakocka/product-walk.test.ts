/**
 * A full product_list walk of 100,000 seeded products over HTTP (issue #3 "Done when": the figures go in the closing
 * note). There is no total count, so the walk ends at the first page shorter than the limit (API.md §2.3, §4).
 * Times are printed, not asserted (the machine is shared); `npm run bench:sandbox` measures the same with a bigger seed.
 */
import { startSandbox, type Sandbox } from 'test/sandbox';

const PRODUCTS = 100_000;
let sandbox: Sandbox;
let startupMs = 0;

beforeAll(async () => {
  const t0 = Date.now();
  sandbox = await startSandbox({ seed: 9, products: PRODUCTS, partners: 5, documents: 10 });
  startupMs = Date.now() - t0;
}, 120_000);

afterAll(() => sandbox.close());

it('walks 100,000 products in 100 full pages of 1000, then one empty page ends the walk', async () => {
  const t0 = Date.now();
  const counts: number[] = [];
  const ids = new Set<string>();
  for (let offset = 0; ; offset += 1000) {
    const res = await fetch(`${sandbox.url}/rest/eshop/v1/json/product_list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        secret_key: sandbox.secretKey,
        company_id: sandbox.companyId,
        offset: String(offset),
        limit: '1000',
      }),
    });
    const page = (await res.json()) as {
      opr_code: string;
      product_list_count: string;
      product_list?: Array<{ mk_id: string }>;
    };
    expect(page.opr_code).toBe('0');
    counts.push(Number(page.product_list_count));
    for (const p of page.product_list ?? []) ids.add(p.mk_id);
    if (Number(page.product_list_count) < 1000) break;
  }
  const walkMs = Date.now() - t0;
  expect(counts.slice(0, 100).every((n) => n === 1000)).toBe(true);
  expect(counts).toHaveLength(101); // exactly 100,000: the 101st call returns 0 rows (no total to stop earlier)
  expect(counts[100]).toBe(0);
  expect(ids.size).toBe(PRODUCTS);
  expect(sandbox.calls.byMethod().product_list).toBe(101);
  console.log(
    `[sandbox figures] startup with ${PRODUCTS} products: ${startupMs} ms; product_list walk: ${counts.length} calls, ${ids.size} products, ${walkMs} ms`,
  );
}, 300_000);

it('ends a walk of a catalogue that is not a multiple of 1000 with a short last page', async () => {
  const store = sandbox.store;
  // About 5 % of the seeded products are inactive: walking the active ones ends with a short page.
  const inactive = store.products.list().filter((p) => !p.activated).length;
  const counts: number[] = [];
  for (let offset = 0; ; offset += 1000) {
    const res = await fetch(`${sandbox.url}/rest/eshop/v1/json/product_list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        secret_key: sandbox.secretKey,
        company_id: sandbox.companyId,
        offset: String(offset),
        active: 'true',
      }),
    });
    const n = Number(((await res.json()) as { product_list_count: string }).product_list_count);
    counts.push(n);
    if (n < 1000) break;
  }
  const active = PRODUCTS - inactive;
  expect(counts.reduce((a, b) => a + b, 0)).toBe(active);
  expect(counts).toHaveLength(Math.floor(active / 1000) + 1);
  expect(counts.at(-1)).toBe(active % 1000);
}, 300_000);
