/** `npm run sandbox` (scripts/sandbox.ts): prints URL, company id and key, answers, and stops cleanly on SIGTERM. */
import { spawn } from 'node:child_process';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const TSX = path.join(ROOT, 'node_modules/.bin/tsx');

function startCli(args: string[]) {
  const child = spawn(TSX, ['--tsconfig', 'tsconfig.test.json', 'scripts/sandbox.ts', ...args], { cwd: ROOT });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => {
    out += String(d);
  });
  child.stderr.on('data', (d) => {
    err += String(d);
  });
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const ready = new Promise<string>((resolve, reject) => {
    const timer = setInterval(() => {
      if (/Stop with Ctrl\+C/.test(out)) {
        clearInterval(timer);
        resolve(out);
      }
    }, 50);
    void exited.then(() => {
      clearInterval(timer);
      reject(new Error(`exited early: ${err}`));
    });
  });
  ready.catch(() => undefined); // a test that expects an early exit does not await `ready`
  return { child, ready, exited, output: () => out + err };
}

it('starts on 127.0.0.1 with the given credentials, serves calls and exits 0 on SIGTERM', async () => {
  const cli = startCli([
    '--port',
    '0',
    '--company-id',
    '16',
    '--secret-key',
    'cli-key',
    '--seed',
    '4',
    '--products',
    '12',
    '--partners',
    '3',
    '--documents',
    '5',
  ]);
  const out = await cli.ready;
  // On failure, show what the command printed (the machine is shared; timing problems must be diagnosable).
  cli.child.on('exit', (code, signal) => {
    if (code !== 0) console.error(`sandbox CLI exited ${code ?? signal}:\n${cli.output()}`);
  });
  const url = /listening on (http:\/\/127\.0\.0\.1:\d+)/.exec(out)?.[1];
  expect(url).toBeDefined();
  expect(out).toContain('company_id: 16');
  expect(out).toContain('secret_key: cli-key');
  expect(out).toContain('12 products, 3 partners, 5 documents');
  const res = await fetch(`${url}/rest/eshop/v1/json/product_list`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ secret_key: 'cli-key', company_id: '16' }),
  });
  expect(((await res.json()) as { product_list_count: string }).product_list_count).toBe('12');
  cli.child.kill('SIGTERM');
  expect(await cli.exited).toBe(0);
}, 180_000);

it('refuses a bad option with the usage and exit code 2', async () => {
  const cli = startCli(['--products', 'many']);
  expect(await cli.exited).toBe(2);
  expect(cli.output()).toMatch(/--products must be a whole number/);
  expect(cli.output()).toMatch(/Usage: npm run sandbox/);
}, 180_000);

it('generates a secret key when none is given', async () => {
  const cli = startCli(['--port', '0', '--products', '1', '--partners', '1', '--documents', '0']);
  const out = await cli.ready;
  expect(out).toMatch(/secret_key: [0-9a-f]{32}/);
  cli.child.kill('SIGINT');
  expect(await cli.exited).toBe(0);
}, 180_000);
