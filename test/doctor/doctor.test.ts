import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

import { runDoctorCli } from 'server/doctor/cli';
import { DOCTOR_EXIT, runConnectionChecks } from 'server/doctor';
import { startSandbox, type Sandbox } from 'test/sandbox';

import { deadPort } from '../server/metakocka/mk-stub';

const run = promisify(execFile);
const BIN = resolve(__dirname, '../../bin/twenty-metakocka.cjs');

async function doctor(args: string[], env: Record<string, string> = {}) {
  let out = '';
  let err = '';
  const io = { stdout: { write: (t: string) => (out += t) }, stderr: { write: (t: string) => (err += t) }, env };
  const code = await runDoctorCli(args, io);
  return { code, out, err };
}

let mk: Sandbox;
beforeAll(async () => {
  mk = await startSandbox({ seed: 11, companyId: '4711' });
});
afterEach(() => mk.setFaults(null));
afterAll(() => mk.close());

const args = (overrides: { url?: string; secret?: string; extra?: string[] } = {}) => [
  'doctor',
  '--url',
  overrides.url ?? mk.url,
  '--company-id',
  mk.companyId,
  '--secret-key',
  overrides.secret ?? mk.secretKey,
  ...(overrides.extra ?? []),
];

describe('twenty-metakocka doctor', () => {
  it('says everything works and exits 0 against a healthy sandbox, after reading partners, products and a document', async () => {
    const before = mk.calls.byMethod();
    const { code, out } = await doctor(args());
    expect(code).toBe(0);
    expect(out).toContain('Result: everything works.');
    expect(out).not.toContain('[FAIL]');
    const calls = mk.calls.byMethod();
    for (const method of ['warehouse_list', 'search', 'get_partner', 'product_list', 'get_document']) {
      expect((calls[method] ?? 0) - (before[method] ?? 0)).toBeGreaterThan(0);
    }
  });

  it('names wrong credentials and exits 30', async () => {
    const { code, out } = await doctor(args({ secret: 'not-the-key' }));
    expect(code).toBe(DOCTOR_EXIT.AUTH);
    expect(out).toMatch(/\[FAIL\] Metakocka accepts the company id and secret key/);
    expect(out).toContain('Copy the company id and API secret key again');
  });

  it('names a base URL one level too deep (wrong path family) and says which address to use, exit 20', async () => {
    const { code, out } = await doctor(args({ url: `${mk.url}/rest/eshop/v1` }));
    expect(code).toBe(DOCTOR_EXIT.MISCONFIGURED);
    expect(out).toContain('with a web page (HTTP 404)');
    expect(out).toContain(`use ${mk.url} instead of ${mk.url}/rest/eshop/v1`);
  });

  it('names a dead port as unreachable, exit 10', async () => {
    const url = `http://127.0.0.1:${await deadPort()}`;
    const { code, out } = await doctor(args({ url }));
    expect(code).toBe(DOCTOR_EXIT.UNREACHABLE);
    expect(out).toMatch(/\[FAIL\] Metakocka answers at this address/);
    expect(out).toContain('could not be reached');
  });

  it('names a sandbox that never answers as a timeout, exit 11', async () => {
    mk.setFaults('timeout:1,hold:5000');
    const { code, out } = await doctor(args({ extra: ['--timeout-ms', '200'] }));
    expect(code).toBe(DOCTOR_EXIT.TIMEOUT);
    expect(out).toContain('did not answer in time');
  });

  it('names server errors on every call, exit 12', async () => {
    mk.setFaults('5xx:1');
    expect((await doctor(args())).code).toBe(DOCTOR_EXIT.SERVER_ERROR);
  });

  it('blames only the search queue when concurrent searches time out, exit 60', async () => {
    // Only searches fail, and only after the one-row probe: a queue that times out (API.md §6, item 22).
    const checks = await runConnectionChecks(
      { baseUrl: mk.url, companyId: mk.companyId, secretKey: mk.secretKey, timeoutMs: 1_500 },
      {
        fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
          if (String(input).endsWith('/search') && String(init?.body).includes('"offset":"1"'))
            mk.setFaults('timeout:1,hold:10000,methods:search');
          return fetch(input, init);
        }) as typeof fetch,
      },
    );
    const failed = checks.filter((c) => !c.ok);
    expect(failed.map((c) => c.id)).toEqual(['serial-search']);
    expect(failed[0]!.exitCode).toBe(DOCTOR_EXIT.SERIAL_SEARCH);
  });

  it('explains missing input and exits 2 without calling Metakocka', async () => {
    const before = mk.calls.total();
    const { code, out } = await doctor(['doctor', '--url', mk.url, '--company-id', mk.companyId]);
    expect(code).toBe(DOCTOR_EXIT.BAD_INPUT);
    expect(out).toContain('The API secret key is missing');
    expect(mk.calls.total()).toBe(before);
    expect((await doctor(['doctr'])).code).toBe(DOCTOR_EXIT.BAD_INPUT);
  });

  it('takes the secret key from METAKOCKA_SECRET_KEY, so it need not be on the command line', async () => {
    const { code } = await doctor(['doctor', '--url', mk.url, '--company-id', mk.companyId], {
      METAKOCKA_SECRET_KEY: mk.secretKey,
    });
    expect(code).toBe(0);
  });

  it('runs as the package bin (npx twenty-metakocka doctor) with the same exit codes', async () => {
    const good = await run(process.execPath, [BIN, ...args()], { timeout: 60_000 });
    expect(good.stdout).toContain('Result: everything works.');
    const bad = await run(process.execPath, [BIN, ...args({ secret: 'wrong' })], { timeout: 60_000 }).then(
      () => null,
      (error: { code: number; stdout: string }) => error,
    );
    expect(bad?.code).toBe(DOCTOR_EXIT.AUTH);
    expect(bad?.stdout).toContain('[FAIL] Metakocka accepts the company id and secret key');
  });
});
