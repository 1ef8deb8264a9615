// No secret reaches a browser, a log or an API answer (issue #7 "Done when"): the built front-component bundles,
// every route answer and every captured function log of a full admin and member session are scanned for the keys
// used; planted copies prove the scan finds them.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import {
  builtOutput,
  COMPANY_ID,
  CREDENTIAL_ROUTES,
  MANAGER,
  MEMBER,
  SANDBOX_KEY,
  startRouteWorld,
  WRONG_KEY,
  type RouteWorld,
} from 'test/credentials/route-world';
import { findSecrets, type Haystack } from 'test/credentials/secret-scanner';

const filesUnder = (dir: string, suffix: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules') return [];
    return statSync(path).isDirectory() ? filesUnder(path, suffix) : path.endsWith(suffix) ? [path] : [];
  });

const frontComponentBundles = (outputDir: string): Haystack[] => {
  const manifest = JSON.parse(readFileSync(join(outputDir, 'manifest.json'), 'utf8')) as {
    frontComponents: Array<{ builtComponentPath: string }>;
  };
  return manifest.frontComponents.map((fc) => ({
    where: fc.builtComponentPath,
    text: readFileSync(join(outputDir, fc.builtComponentPath), 'utf8'),
  }));
};

/** Names only server code may use: the secret variables and Metakocka's wire field for the key (API.md §1.2). */
const SERVER_ONLY = [
  'METAKOCKA_SECRET_KEY',
  'METAKOCKA_CREDENTIAL_ENCRYPTION_KEY',
  'METAKOCKA_WEBHOOK_SECRET',
  'secret_key',
  'aes-256-gcm',
];

let outputDir: string;
let world: RouteWorld;
const secretsSeen = new Set<string>([SANDBOX_KEY, WRONG_KEY]);

async function session(): Promise<void> {
  const form = { endpoint: 'custom', customUrl: world.sandbox.url, companyId: COMPANY_ID };
  const steps: Array<[string, unknown, typeof MANAGER]> = [
    [CREDENTIAL_ROUTES.connectionTest, { ...form, secretKey: WRONG_KEY }, MANAGER],
    [CREDENTIAL_ROUTES.organisationSave, { ...form, secretKey: WRONG_KEY }, MANAGER],
    [CREDENTIAL_ROUTES.connectionTest, { ...form, secretKey: SANDBOX_KEY }, MANAGER],
    [CREDENTIAL_ROUTES.organisationSave, { ...form, secretKey: SANDBOX_KEY }, MANAGER],
    [CREDENTIAL_ROUTES.organisationRead, {}, MANAGER],
    [CREDENTIAL_ROUTES.policySave, { policy: 'OPTIONAL' }, MANAGER],
    [CREDENTIAL_ROUTES.mineSave, { companyId: COMPANY_ID, secretKey: WRONG_KEY }, MEMBER],
    [CREDENTIAL_ROUTES.mineSave, { companyId: '9999', secretKey: SANDBOX_KEY }, MEMBER],
    [CREDENTIAL_ROUTES.mineSave, { companyId: COMPANY_ID, secretKey: SANDBOX_KEY }, MEMBER],
    [CREDENTIAL_ROUTES.mineStatus, {}, MEMBER],
    [CREDENTIAL_ROUTES.membersList, {}, MANAGER],
    [CREDENTIAL_ROUTES.rotateKey, {}, MANAGER],
    [CREDENTIAL_ROUTES.organisationSave, { ...form, secretKey: SANDBOX_KEY }, MEMBER],
    [CREDENTIAL_ROUTES.health, {}, MANAGER],
  ];
  for (const [path, body, as] of steps) {
    await world.post(path, body, as);
    const key = world.variables().METAKOCKA_CREDENTIAL_ENCRYPTION_KEY;
    if (key) secretsSeen.add(key);
  }
  world.standIn.appVariables.set('METAKOCKA_SECRET_KEY', WRONG_KEY); // a change in Twenty's variables editor
  await world.post(CREDENTIAL_ROUTES.health, {}, MANAGER);
  await world.harness.healthCheck();
}

beforeAll(async () => {
  outputDir = await builtOutput();
  world = await startRouteWorld(outputDir);
  await session();
}, 600_000);

afterAll(async () => {
  await world?.close();
  rmSync(outputDir, { recursive: true, force: true });
});

describe('secret scan', () => {
  it('went through the whole session: both keys were tried, rotation ran, and failures were answered', () => {
    expect(world.answers.map((answer) => answer.status)).toEqual([
      200, 422, 200, 200, 200, 200, 422, 422, 200, 200, 200, 200, 403, 200, 200,
    ]);
    expect(secretsSeen.size).toBe(4); // the sandbox key, the wrong key, and the encryption key before and after rotation
    expect(world.harness.runs().length).toBeGreaterThanOrEqual(16);
  });

  it('finds no secret in any route answer', () => {
    const answers = world.answers.map((answer, index) => ({
      where: `answer ${index} ${answer.path}`,
      text: JSON.stringify(answer.body),
    }));
    expect(findSecrets(answers, [...secretsSeen])).toEqual([]);
  });

  it('finds no secret in any function log (stdout and stderr of every run)', () => {
    const logs = world.harness.runs().flatMap((run, index) => [
      { where: `run ${index} ${run.name} stdout`, text: run.stdout },
      { where: `run ${index} ${run.name} stderr`, text: run.stderr },
    ]);
    expect(logs.some((log) => log.text.length > 0)).toBe(true);
    expect(findSecrets(logs, [...secretsSeen])).toEqual([]);
  });

  it('finds no secret in the audit trail or the stored credential rows', () => {
    const stored = [
      { where: 'metakockaAuditEntry', text: JSON.stringify(world.standIn.store.rows('metakockaAuditEntry')) },
      { where: 'metakockaCredential', text: JSON.stringify(world.standIn.store.rows('metakockaCredential')) },
    ];
    expect(JSON.parse(stored[1]!.text)).toHaveLength(1);
    expect(findSecrets(stored, [...secretsSeen])).toEqual([]);
  });

  it('finds no test secret and no server-only name in the built front-component bundles', () => {
    const bundles = frontComponentBundles(outputDir);
    expect(bundles.length).toBeGreaterThanOrEqual(2);
    expect(findSecrets(bundles, [...secretsSeen])).toEqual([]);
    for (const bundle of bundles) {
      expect({ bundle: bundle.where, found: SERVER_ONLY.filter((name) => bundle.text.includes(name)) }).toEqual({
        bundle: bundle.where,
        found: [],
      });
    }
  });

  it('finds a planted secret in every place it scans (positive controls)', () => {
    const planted = mkdtempSync(join(tmpdir(), 'secret-scan-control-'));
    try {
      writeFileSync(join(planted, 'leaky.front-component.mjs'), `const k=${JSON.stringify(SANDBOX_KEY)};`);
      const bundles = filesUnder(planted, '.mjs').map((path) => ({ where: path, text: readFileSync(path, 'utf8') }));
      expect(findSecrets(bundles, [SANDBOX_KEY])).toEqual([
        expect.objectContaining({ secretIndex: 0, encoding: 'plain' }),
      ]);
    } finally {
      rmSync(planted, { recursive: true, force: true });
    }
    const answer = { where: 'answer', text: JSON.stringify({ error: `refused ${WRONG_KEY}` }) };
    const log = { where: 'log', text: `{"level":"info","auth":"${Buffer.from(SANDBOX_KEY).toString('base64')}"}` };
    expect(
      findSecrets([answer, log], [SANDBOX_KEY, WRONG_KEY]).map((f) => [f.where, f.secretIndex, f.encoding]),
    ).toEqual([
      ['log', 0, 'base64'],
      ['answer', 1, 'plain'],
    ]);
  });
});
