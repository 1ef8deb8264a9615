/** startSandbox must work where msw cannot load (other suites import the index only to start the HTTP sandbox). */
jest.mock('msw', () => {
  throw new Error('msw must not be loaded by startSandbox');
});

import { startSandbox } from 'test/sandbox';

it('starts, answers over HTTP and closes without loading msw', async () => {
  const mk = await startSandbox({ seed: 2, products: 5, partners: 2, documents: 3 });
  try {
    const res = await fetch(`${mk.url}/rest/eshop/v1/json/warehouse_list`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ secret_key: mk.secretKey, company_id: mk.companyId }),
    });
    expect(((await res.json()) as { opr_code: string }).opr_code).toBe('0');
    expect(mk.calls.byMethod()).toEqual({ warehouse_list: 1 });
  } finally {
    await mk.close();
  }
});
