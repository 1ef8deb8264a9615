// Plants a canary secret key, makes calls fail in every way the client knows, captures everything a person or a log
// could see (console, stdout/stderr, error message, stack, JSON, util.inspect, cause chain, doctor output), proves the
// scan sees that output, and finds the canary nowhere (PREAMBLE: secrets never in logs or errors).
import { inspect, format } from 'node:util';

import { HttpResponse } from 'msw';

import { runDoctorCli } from 'server/doctor/cli';
import { createMetakockaClient, type MetakockaClient } from 'server/metakocka';
import { startSandbox } from 'test/sandbox';

import { deadPort, delay, html404, startMkStub, STUB_BASE } from './mk-stub';

const CANARY = 'cnry-5e1f0a9b7d3c4e2f';
const COMPANY = '4711';
const stub = startMkStub({ secretKey: CANARY, companyId: COMPANY });
afterAll(() => stub.close());

function describeError(error: unknown): string[] {
  const out: string[] = [
    String(error),
    inspect(error, { depth: Infinity, showHidden: true }),
    JSON.stringify(error) ?? '',
  ];
  for (let e: unknown = error; e; e = (e as { cause?: unknown }).cause) {
    const err = e as Error;
    out.push(
      err.message ?? '',
      err.stack ?? '',
      JSON.stringify(err) ?? '',
      inspect(err, { depth: Infinity }),
      format('%o', err),
    );
    for (const key of Object.getOwnPropertyNames(err))
      out.push(`${key}=${inspect((err as unknown as Record<string, unknown>)[key])}`);
  }
  return out;
}

async function captureEverything(run: (errors: unknown[]) => Promise<void>): Promise<string> {
  const captured: string[] = [];
  const spies = (['log', 'info', 'warn', 'error', 'debug'] as const).map((level) =>
    jest.spyOn(console, level).mockImplementation((...parts: unknown[]) => void captured.push(format(...parts))),
  );
  const writes = [process.stdout, process.stderr].map((stream) =>
    jest.spyOn(stream, 'write').mockImplementation(((chunk: unknown) => (captured.push(String(chunk)), true)) as never),
  );
  const errors: unknown[] = [];
  try {
    await run(errors);
    for (const error of errors) {
      console.error(error); // what a careless logger would do
      captured.push(...describeError(error));
    }
  } finally {
    [...spies, ...writes].forEach((spy) => spy.mockRestore());
  }
  return captured.join('\n');
}

const client = (overrides: Partial<Parameters<typeof createMetakockaClient>[0]> = {}): MetakockaClient =>
  createMetakockaClient({
    baseUrl: STUB_BASE,
    companyId: COMPANY,
    secretKey: CANARY,
    timeoutMs: 500,
    retry: { attempts: 2, baseDelayMs: 1, budgetMs: 5_000 },
    ...overrides,
  });

async function failEveryWay(errors: unknown[]): Promise<void> {
  const attempt = async (promise: Promise<unknown>) => {
    try {
      await promise;
    } catch (error) {
      errors.push(error);
      console.warn('Metakocka call failed:', error);
    }
  };
  stub.on('warehouse_list', () => html404());
  stub.on(
    'product_list',
    () => new HttpResponse('{"opr_code":"0","product_li', { headers: { 'content-type': 'application/json' } }),
  );
  stub.on('warehouse_stock', () => new HttpResponse('boom', { status: 500 }));
  stub.on('search', async () => (await delay(3_000), {}));
  stub.on('get_partner', () => ({
    opr_code: '2',
    opr_desc: `Paramether 'secret_key' has invalid value : ${CANARY}. Valid values : ${CANARY}, other`,
  }));
  stub.on('update_partner', () => ({ opr_code: '6', opr_desc: `Profit center '${CANARY}' doesn't exist.` }));
  stub.on('get_document', () => ({
    opr_code: '2',
    opr_desc: `Cannot find document type sales_order with id = ${CANARY}`,
  }));
  stub.on('product_add', () => ({ opr_code: '5', opr_desc: 'Quote exceeds' }));
  stub.on('product_update', () => ({ opr_code: '77', opr_desc: `Unknown failure for key ${CANARY}` }));
  stub.on('put_document', async () => (await delay(3_000), { opr_code: '0', mk_id: '1' }));
  stub.on('add_partner', () => new HttpResponse('bad gateway', { status: 502 }));
  stub.on('update_document', () => ({ opr_code: '0', product_list: [{ mk_id: '1', weight: CANARY }] }));
  stub.on('report', () => ({ opr_code: '6', opr_desc: `No report for ${CANARY}` }));
  stub.on('delete_document', () => ({ opr_code: '0', mk_id: '1' }));
  const c = client();
  await attempt(createMetakockaClient({ baseUrl: STUB_BASE, companyId: '9999', secretKey: CANARY }).warehouseList());
  await attempt(c.warehouseList());
  await attempt(c.productList());
  await attempt(c.warehouseStock());
  await attempt(c.search({ docType: 'sales_order' }));
  await attempt(c.getPartner({ name: 'x' }));
  await attempt(c.updatePartner({ mk_id: '1' }));
  await attempt(c.getDocument({ docType: 'sales_order', docId: '1' }));
  await attempt(c.productAdd({ code: 'x' }));
  await attempt(c.productUpdate({ mk_id: '1' }));
  await attempt(c.putDocument({ doc_type: 'sales_order', buyer_order: 'B-1' }));
  await attempt(c.addPartner({ customer: 'x' }));
  await attempt(c.report({ mkId: '1' }));
  await attempt(c.putDocument({ doc_type: 'sales_order', product_list: [{ price: 0.1 }] }));
  await attempt(client({ baseUrl: `http://127.0.0.1:${await deadPort()}` }).warehouseList());
  await attempt(Promise.resolve().then(() => client({ baseUrl: 'main.metakocka.si' }).warehouseList()));
  await attempt(Promise.resolve().then(() => client({ baseUrl: 'ftp://x' })));
  stub.on('product_list', () => ({ opr_code: '0', product_list: { mk_id: '1', name: 'x', weight: CANARY } }));
  await attempt(c.productList());
}

async function doctorEveryWay(): Promise<void> {
  const mk = await startSandbox({ seed: 5, companyId: COMPANY, secretKey: CANARY });
  const io = { stdout: process.stdout, stderr: process.stderr, env: {} };
  const doctor = (url: string, extra: string[] = []) =>
    runDoctorCli(['doctor', '--url', url, '--company-id', COMPANY, '--secret-key', CANARY, ...extra], io);
  try {
    await doctor(mk.url);
    await doctor(`${mk.url}/rest/eshop/v1`);
    await doctor(`http://127.0.0.1:${await deadPort()}`);
    await runDoctorCli(['doctor', '--url', mk.url, '--company-id', '1', '--secret-key', CANARY], io);
    for (const fault of ['html404:1', '5xx:1', 'malformed:1', 'quota:1', 'timeout:1,hold:1000', 'reset:1']) {
      mk.setFaults(fault);
      await doctor(mk.url, fault.startsWith('timeout') ? ['--timeout-ms', '150'] : []);
    }
    await runDoctorCli(['doctor', '--url', mk.url, '--secret-key', CANARY, '--bogus', 'x'], io);
  } finally {
    await mk.close();
  }
}

describe('the secret key never leaks', () => {
  it('is nowhere in the console, output, messages, stacks, JSON, inspect or cause chains of calls that fail in every way', async () => {
    const text = await captureEverything(async (errors) => {
      await failEveryWay(errors);
      await doctorEveryWay();
    });
    // The scan does see the captured output: error codes, the company id and doctor results are all there...
    for (const seen of [
      'MK_AUTH',
      'MK_MISCONFIGURED',
      'MK_UNAVAILABLE',
      'MK_VALIDATION',
      'MK_NOT_FOUND',
      'MK_REFUSED',
      'MK_QUOTA',
      'MK_UNKNOWN',
      'MK_WRITE_UNCERTAIN',
      'company id 9999',
      `company ${COMPANY}`,
      'Result: NOT WORKING',
      'Result: everything works',
      '[redacted]',
    ]) {
      expect(text).toContain(seen);
    }
    // ...and the canary appears in none of it, not even in part.
    expect(text).not.toContain(CANARY);
    expect(text).not.toContain(CANARY.slice(5, 17));
  });

  it('would catch a leak: the same capture finds a canary that a careless log line prints', async () => {
    const text = await captureEverything(async (errors) => {
      console.log('debug body', { secret_key: CANARY });
      errors.push(new Error(`failed with ${CANARY}`));
    });
    expect(text).toContain(CANARY);
  });
});
