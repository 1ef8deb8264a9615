// credentialForAction over the Twenty stand-in: the runtime's caller decides, the policy applies, and a personal
// credential's use lands in the audit trail without the key.
import { rmSync } from 'node:fs';
import { join } from 'node:path';

import { changePolicy } from 'server/credentials/admin';
import { generateEncryptionKey } from 'server/credentials/encryption';
import { credentialForAction } from 'server/credentials/for-action';
import { savePersonalCredential } from 'server/credentials/personal';
import { credentialPortsFor } from 'server/credentials/runtime-ports';
import { createAppRuntime, type AppRuntime } from 'server/host/runtime';
import { builtOutput } from 'test/credentials/route-world';
import { acceptingOnly } from 'test/credentials/memory-ports';
import { recordingJobsPort, standInKvPort } from 'test/twenty/harness/stand-in-runtime';
import { startStandIn, type StandIn } from 'test/twenty/stand-in';

const ORG_KEY = 'org-key-0a9b8c7d6e5f';
const ANA_KEY = 'ana-key-1f2e3d4c5b6a';
const ANA = 'c1000001-2b3c-4d5e-8f90-0a1b2c3d4e5f';
// The encryption key exists from install on (migrations/0003).
const VARIABLES = {
  METAKOCKA_COMPANY_ID: '4411',
  METAKOCKA_SECRET_KEY: ORG_KEY,
  METAKOCKA_API_URL: 'https://main.metakocka.si',
  METAKOCKA_CREDENTIAL_ENCRYPTION_KEY: generateEncryptionKey(),
};

let outputDir: string;
let standIn: StandIn;

beforeAll(async () => {
  outputDir = await builtOutput();
}, 600_000);
afterAll(() => rmSync(outputDir, { recursive: true, force: true }));
beforeEach(async () => {
  standIn = await startStandIn({ manifestPath: join(outputDir, 'manifest.json'), appVariables: VARIABLES });
});
afterEach(() => standIn.close());

const env = () => ({
  ...Object.fromEntries(standIn.appVariables),
  TWENTY_API_URL: standIn.url,
  TWENTY_APP_ACCESS_TOKEN: standIn.tokens.app,
  TWENTY_APP_APPLICATION_ACCESS_TOKEN: standIn.tokens.app,
  APPLICATION_ID: standIn.application.id,
});
const runtimeAs = (workspaceMemberId: string | null): AppRuntime =>
  createAppRuntime({
    ports: { kv: standInKvPort(standIn), jobs: recordingJobsPort() },
    env: env(),
    context: { workspaceMemberId },
    logSink: () => undefined,
  });

async function anaStoresHerKey(): Promise<void> {
  const admin = runtimeAs(null);
  await changePolicy(credentialPortsFor(admin, env()), 'admin', 'OPTIONAL');
  const saved = await savePersonalCredential(
    credentialPortsFor(admin, env()),
    ANA,
    { companyId: '4411', secretKey: ANA_KEY },
    acceptingOnly('4411', ANA_KEY),
  );
  expect(saved.saved).toBe(true);
}

describe('credentialForAction', () => {
  it("gives a user-started action the member's own key and audits whose it was, without the key", async () => {
    await anaStoresHerKey();
    const resolved = await credentialForAction(
      runtimeAs(ANA),
      { startedBy: 'user', action: 'push company 5f0e' },
      env(),
    );
    expect(resolved).toMatchObject({
      secretKey: ANA_KEY,
      companyId: '4411',
      use: { source: 'personal', ownerWorkspaceMemberId: ANA },
    });
    const audit = standIn.store.rows('metakockaAuditEntry');
    expect(audit.at(-1)).toMatchObject({
      action: 'credential.used',
      target: 'push company 5f0e',
      actorWorkspaceMemberId: ANA,
      detail: expect.stringContaining(`personal:${ANA}`),
    });
    expect(JSON.stringify(audit)).not.toContain(ANA_KEY);
  });

  it('gives background work the organisation key even when it runs on behalf of a member', async () => {
    await anaStoresHerKey();
    const resolved = await credentialForAction(
      runtimeAs(ANA),
      { startedBy: 'background', action: 'scheduled partners pull' },
      env(),
    );
    expect(resolved).toMatchObject({ secretKey: ORG_KEY, use: { source: 'organisation' } });
  });
});
