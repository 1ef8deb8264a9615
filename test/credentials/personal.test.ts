import { changePolicy, listPersonalCredentials, revokePersonalCredential } from 'server/credentials/admin';
import { CredentialInputError } from 'server/credentials/errors';
import { resolveCredential } from 'server/credentials/inheritance';
import { prepareCredentialStore } from 'server/credentials/install';
import { deletePersonalCredential, personalStatus, savePersonalCredential } from 'server/credentials/personal';
import type { CredentialPorts } from 'server/credentials/ports';
import { rotateEncryptionKey } from 'server/credentials/rotation';

import { acceptingOnly, memoryPorts, type MemoryPorts } from './memory-ports';

const ORG = { METAKOCKA_COMPANY_ID: '4411', METAKOCKA_SECRET_KEY: 'org-secret-aaaa' };
const KEY = 'ana-secret-bbbb';

async function optionalWorkspace() {
  const ports = memoryPorts(ORG);
  await changePolicy(ports, 'member-admin', 'OPTIONAL');
  return ports;
}

describe('savePersonalCredential', () => {
  it('stores the key encrypted under the key created at install, bound to the endpoint, and audits without the value', async () => {
    const ports = await optionalWorkspace();
    const installedKey = ports.variableStore.get('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY');
    const outcome = await savePersonalCredential(
      ports,
      'member-ana',
      { companyId: '4411', secretKey: KEY, label: 'ana@firma.si' },
      acceptingOnly('4411', KEY),
    );
    expect(outcome).toMatchObject({
      saved: true,
      credential: {
        ownerWorkspaceMemberId: 'member-ana',
        companyId: '4411',
        status: 'VERIFIED',
        label: 'ana@firma.si',
        savedForEndpoint: 'https://main.metakocka.si',
        endpointChanged: false,
      },
    });
    expect(ports.variableStore.get('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY')).toBe(installedKey);
    const [row] = [...ports.rowStore.values()];
    expect(row!.encryptedSecret.startsWith('v2.')).toBe(true);
    expect(JSON.stringify([...ports.rowStore.values(), ports.auditLog, outcome])).not.toContain(KEY);
    expect(ports.auditLog.at(-1)).toMatchObject({
      actorWorkspaceMemberId: 'member-ana',
      action: 'personal-credential.saved',
      target: 'member:member-ana',
    });
  });

  it("refuses a key for another company than the organisation's, naming both ids, and stores nothing", async () => {
    const ports = await optionalWorkspace();
    const attempt = savePersonalCredential(
      ports,
      'member-ana',
      { companyId: '9999', secretKey: KEY },
      acceptingOnly('9999', KEY),
    );
    await expect(attempt).rejects.toThrow(CredentialInputError);
    await expect(
      savePersonalCredential(ports, 'member-ana', { companyId: '9999', secretKey: KEY }, acceptingOnly('9999', KEY)),
    ).rejects.toThrow(/company 4411.*company 9999/);
    expect(ports.rowStore.size).toBe(0);
  });

  it('stores nothing when Metakocka refuses the key, and answers with the failing check', async () => {
    const ports = await optionalWorkspace();
    const outcome = await savePersonalCredential(
      ports,
      'member-ana',
      { companyId: '4411', secretKey: 'wrong-key' },
      acceptingOnly('4411', KEY),
    );
    expect(outcome.saved).toBe(false);
    expect(outcome.report.diagnosis).toMatchObject({ checkId: 'auth' });
    expect(ports.rowStore.size).toBe(0);
  });

  it('refuses while the policy is OFF', async () => {
    const ports = memoryPorts(ORG);
    await expect(
      savePersonalCredential(ports, 'member-ana', { companyId: '4411', secretKey: KEY }, acceptingOnly('4411', KEY)),
    ).rejects.toThrow(/switched off/);
  });

  it('replaces an existing key in place (one row per member)', async () => {
    const ports = await optionalWorkspace();
    await savePersonalCredential(
      ports,
      'member-ana',
      { companyId: '4411', secretKey: KEY },
      acceptingOnly('4411', KEY),
    );
    const first = [...ports.rowStore.values()][0]!.encryptedSecret;
    await savePersonalCredential(
      ports,
      'member-ana',
      { companyId: '4411', secretKey: 'ana-secret-cccc' },
      acceptingOnly('4411', 'ana-secret-cccc'),
    );
    expect(ports.rowStore.size).toBe(1);
    expect([...ports.rowStore.values()][0]!.encryptedSecret).not.toBe(first);
    expect(ports.auditLog.at(-1)!.detail).toBe('secret key replaced (verified)');
  });
});

describe('personal status, delete, admin list and revoke', () => {
  it('lets the owner see status and delete; admins list and revoke, and never get the secret', async () => {
    const ports = await optionalWorkspace();
    await savePersonalCredential(
      ports,
      'member-ana',
      { companyId: '4411', secretKey: KEY },
      acceptingOnly('4411', KEY),
    );
    await savePersonalCredential(
      ports,
      'member-bor',
      { companyId: '4411', secretKey: 'bor-secret-dddd' },
      acceptingOnly('4411', 'bor-secret-dddd'),
    );

    const status = await personalStatus(ports, 'member-ana');
    expect(status).toMatchObject({
      policy: 'OPTIONAL',
      organisationCompanyId: '4411',
      credential: { status: 'VERIFIED' },
    });
    const listed = await listPersonalCredentials(ports);
    expect(listed.map((c) => c.ownerWorkspaceMemberId)).toEqual(['member-ana', 'member-bor']);
    expect(JSON.stringify([status, listed])).not.toMatch(/encryptedSecret|v[12]\.|ana-secret|bor-secret/);

    await revokePersonalCredential(ports, 'member-admin', 'member-bor');
    expect(ports.auditLog.at(-1)).toMatchObject({
      actorWorkspaceMemberId: 'member-admin',
      action: 'personal-credential.revoked',
      target: 'member:member-bor',
      before: 'key saved for https://main.metakocka.si (VERIFIED)',
      after: 'no key',
    });
    expect(await deletePersonalCredential(ports, 'member-ana')).toBe(true);
    expect(await deletePersonalCredential(ports, 'member-ana')).toBe(false);
    expect(ports.rowStore.size).toBe(0);
    await expect(revokePersonalCredential(ports, 'member-admin', 'member-bor')).rejects.toThrow(
      /has no personal Metakocka credential/,
    );
  });
});

/** One function run: Twenty hands it the application variables once, at its start; what it saves goes to the shared store. */
function run(shared: MemoryPorts): CredentialPorts {
  const snapshot = new Map(shared.variableStore);
  return {
    ...shared,
    variables: {
      get: (key) => snapshot.get(key),
      set: async (key, value) => {
        snapshot.set(key, value);
        shared.variableStore.set(key, value);
      },
    },
  };
}

describe('two members saving their first personal keys at the same moment', () => {
  const keys = { 'member-ana': 'ana-secret-1111', 'member-bor': 'bor-secret-2222' };

  it('can both use them afterwards: the encryption key exists from install, not from the first save', async () => {
    const shared = memoryPorts({ ...ORG, METAKOCKA_CREDENTIAL_ENCRYPTION_KEY: '' });
    await changePolicy(shared, 'member-admin', 'REQUIRED');
    await prepareCredentialStore(run(shared)); // the post-install step (migrations/0003)

    const runs = Object.entries(keys).map(([member, key]) => ({ member, key, ports: run(shared) }));
    const outcomes = await Promise.all(
      runs.map(({ member, key, ports }) =>
        savePersonalCredential(ports, member, { companyId: '4411', secretKey: key }, acceptingOnly('4411', key)),
      ),
    );

    expect(outcomes.every((outcome) => outcome.saved)).toBe(true);
    for (const [member, key] of Object.entries(keys)) {
      expect((await resolveCredential(run(shared), { kind: 'user', workspaceMemberId: member })).secretKey).toBe(key);
    }
  });

  it('is refused, storing nothing, while no encryption key exists, and the message sends the manager to the rotation that creates one', async () => {
    const shared = memoryPorts({ ...ORG, METAKOCKA_CREDENTIAL_ENCRYPTION_KEY: '' });
    await changePolicy(shared, 'member-admin', 'OPTIONAL');
    const attempt = savePersonalCredential(
      run(shared),
      'member-ana',
      { companyId: '4411', secretKey: keys['member-ana'] },
      acceptingOnly('4411', keys['member-ana']),
    );
    await expect(attempt).rejects.toMatchObject({
      code: 'CREDENTIAL_KEY',
      action: expect.stringMatching(/rotates the encryption key/),
    });
    expect(shared.rowStore.size).toBe(0);

    await rotateEncryptionKey(run(shared), 'member-admin');
    const saved = await savePersonalCredential(
      run(shared),
      'member-ana',
      { companyId: '4411', secretKey: keys['member-ana'] },
      acceptingOnly('4411', keys['member-ana']),
    );
    expect(saved.saved).toBe(true);
  });
});
