import { changePolicy, listPersonalCredentials, revokePersonalCredential } from 'server/credentials/admin';
import { CredentialInputError } from 'server/credentials/errors';
import { deletePersonalCredential, personalStatus, savePersonalCredential } from 'server/credentials/personal';

import { acceptingOnly, memoryPorts } from './memory-ports';

const ORG = { METAKOCKA_COMPANY_ID: '4411', METAKOCKA_SECRET_KEY: 'org-secret-aaaa' };
const KEY = 'ana-secret-bbbb';

async function optionalWorkspace() {
  const ports = memoryPorts(ORG);
  await changePolicy(ports, 'member-admin', 'OPTIONAL');
  return ports;
}

describe('savePersonalCredential', () => {
  it('stores the key encrypted, creating the encryption key on first use, and audits without the value', async () => {
    const ports = await optionalWorkspace();
    const outcome = await savePersonalCredential(ports, 'member-ana', { companyId: '4411', secretKey: KEY, label: 'ana@firma.si' }, acceptingOnly('4411', KEY));
    expect(outcome).toMatchObject({ saved: true, credential: { ownerWorkspaceMemberId: 'member-ana', companyId: '4411', status: 'VERIFIED', label: 'ana@firma.si' } });
    expect(ports.variableStore.get('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY')).toMatch(/^[A-Za-z0-9+/]{43}=$/);
    const [row] = [...ports.rowStore.values()];
    expect(row!.encryptedSecret.startsWith('v1.')).toBe(true);
    expect(JSON.stringify([...ports.rowStore.values(), ports.auditLog, outcome])).not.toContain(KEY);
    expect(ports.auditLog.at(-1)).toMatchObject({ actorWorkspaceMemberId: 'member-ana', action: 'personal-credential.saved', target: 'member:member-ana' });
  });

  it("refuses a key for another company than the organisation's, naming both ids, and stores nothing", async () => {
    const ports = await optionalWorkspace();
    const attempt = savePersonalCredential(ports, 'member-ana', { companyId: '9999', secretKey: KEY }, acceptingOnly('9999', KEY));
    await expect(attempt).rejects.toThrow(CredentialInputError);
    await expect(savePersonalCredential(ports, 'member-ana', { companyId: '9999', secretKey: KEY }, acceptingOnly('9999', KEY))).rejects.toThrow(/company 4411.*company 9999/);
    expect(ports.rowStore.size).toBe(0);
  });

  it('stores nothing when Metakocka refuses the key, and answers with the failing check', async () => {
    const ports = await optionalWorkspace();
    const outcome = await savePersonalCredential(ports, 'member-ana', { companyId: '4411', secretKey: 'wrong-key' }, acceptingOnly('4411', KEY));
    expect(outcome.saved).toBe(false);
    expect(outcome.report.diagnosis).toMatchObject({ checkId: 'auth' });
    expect(ports.rowStore.size).toBe(0);
    expect(ports.variableStore.has('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY')).toBe(false);
  });

  it('refuses while the policy is OFF', async () => {
    const ports = memoryPorts(ORG);
    await expect(savePersonalCredential(ports, 'member-ana', { companyId: '4411', secretKey: KEY }, acceptingOnly('4411', KEY))).rejects.toThrow(/switched off/);
  });

  it('replaces an existing key in place (one row per member)', async () => {
    const ports = await optionalWorkspace();
    await savePersonalCredential(ports, 'member-ana', { companyId: '4411', secretKey: KEY }, acceptingOnly('4411', KEY));
    const first = [...ports.rowStore.values()][0]!.encryptedSecret;
    await savePersonalCredential(ports, 'member-ana', { companyId: '4411', secretKey: 'ana-secret-cccc' }, acceptingOnly('4411', 'ana-secret-cccc'));
    expect(ports.rowStore.size).toBe(1);
    expect([...ports.rowStore.values()][0]!.encryptedSecret).not.toBe(first);
    expect(ports.auditLog.at(-1)!.detail).toBe('secret key replaced (verified)');
  });
});

describe('personal status, delete, admin list and revoke', () => {
  it('lets the owner see status and delete; admins list and revoke, and never get the secret', async () => {
    const ports = await optionalWorkspace();
    await savePersonalCredential(ports, 'member-ana', { companyId: '4411', secretKey: KEY }, acceptingOnly('4411', KEY));
    await savePersonalCredential(ports, 'member-bor', { companyId: '4411', secretKey: 'bor-secret-dddd' }, acceptingOnly('4411', 'bor-secret-dddd'));

    const status = await personalStatus(ports, 'member-ana');
    expect(status).toMatchObject({ policy: 'OPTIONAL', organisationCompanyId: '4411', credential: { status: 'VERIFIED' } });
    const listed = await listPersonalCredentials(ports);
    expect(listed.map((c) => c.ownerWorkspaceMemberId)).toEqual(['member-ana', 'member-bor']);
    expect(JSON.stringify([status, listed])).not.toMatch(/encryptedSecret|v1\.|ana-secret|bor-secret/);

    await revokePersonalCredential(ports, 'member-admin', 'member-bor');
    expect(ports.auditLog.at(-1)).toMatchObject({ actorWorkspaceMemberId: 'member-admin', action: 'personal-credential.revoked', target: 'member:member-bor' });
    expect(await deletePersonalCredential(ports, 'member-ana')).toBe(true);
    expect(await deletePersonalCredential(ports, 'member-ana')).toBe(false);
    expect(ports.rowStore.size).toBe(0);
    await expect(revokePersonalCredential(ports, 'member-admin', 'member-bor')).rejects.toThrow(/has no personal Metakocka credential/);
  });
});
