/**
 * `npm run bench:sandbox [-- --products N --partners N --documents N --pricelists]`: how long the sandbox takes to start
 * with a large seed, and what a full product_list walk costs (calls, ms). Figures for the closing note of issue #3.
 */
import { parseArgs } from 'node:util';
import { startSandbox } from '../test/sandbox';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      products: { type: 'string' },
      partners: { type: 'string' },
      documents: { type: 'string' },
      pricelists: { type: 'boolean' },
    },
  });
  const products = Number(values.products ?? 100_000);
  const partners = Number(values.partners ?? 20_000);
  const documents = Number(values.documents ?? 50_000);
  const t0 = Date.now();
  const mk = await startSandbox({ seed: 1, products, partners, documents });
  const startupMs = Date.now() - t0;
  console.log(
    `startup: ${startupMs} ms for ${products} products, ${partners} partners, ${documents} documents (rss ${Math.round(process.memoryUsage().rss / 1e6)} MB)`,
  );
  const extra = values.pricelists ? { return_pricelist: 'true', return_warehause_stock: 'true' } : {};
  const t1 = Date.now();
  let calls = 0;
  let seen = 0;
  // No total count exists: walk until a page is shorter than the limit (API.md §2.3).
  for (let offset = 0; ; offset += 1000) {
    calls += 1;
    const res = await fetch(`${mk.url}/rest/eshop/v1/json/product_list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        secret_key: mk.secretKey,
        company_id: mk.companyId,
        offset: String(offset),
        limit: '1000',
        ...extra,
      }),
    });
    const n = Number(((await res.json()) as { product_list_count: string }).product_list_count);
    seen += n;
    if (n < 1000) break;
  }
  console.log(
    `product_list walk${values.pricelists ? ' (with pricelists and stock)' : ''}: ${calls} calls, ${seen} products, ${Date.now() - t1} ms`,
  );
  await mk.close();
}

void main();
