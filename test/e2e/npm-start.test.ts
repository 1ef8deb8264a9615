// `npm start` as a newcomer runs it (issue #12 item 10): the summary shows both directions of the two-way sync, so
// the companies, people and offer made on the Twenty side reach Metakocka as writes, and `--once` exits 0.
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');

jest.setTimeout(600_000);

it('prints Metakocka writes for what was made in Twenty, and exits 0 with --once', async () => {
  const { stdout } = await run(
    process.execPath,
    [
      resolve(ROOT, 'node_modules/tsx/dist/cli.mjs'),
      '--tsconfig',
      'tsconfig.test.json',
      'scripts/start.ts',
      '--partners',
      '10',
      '--products',
      '10',
      '--documents',
      '3',
    ],
    { cwd: ROOT, env: { ...process.env, CI: 'true' }, maxBuffer: 16 * 1024 * 1024 },
  );

  const writes = /API calls {2}Metakocka: \d+ \(\d+ reads, (\d+) writes\): (.*)/.exec(stdout);
  expect(Number(writes?.[1])).toBeGreaterThan(0);
  expect(writes?.[2]).toMatch(/add_partner [1-9]/);
  expect(writes?.[2]).toMatch(/put_document 1/);
  expect(stdout).toMatch(
    /Made in Twenty and sent to Metakocka: 3 of 3 companies and 2 of 2 people now bound to Metakocka partners and contacts; offer from opportunity: Metakocka \S+\./,
  );
});
