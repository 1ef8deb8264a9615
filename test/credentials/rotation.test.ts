import { changePolicy } from 'server/credentials/admin';
import { envelopeKeyId, openEnvelope, parseKeyring } from 'server/credentials/encryption';
import { resolveCredential } from 'server/credentials/inheritance';
import { savePersonalCredential } from 'server/credentials/personal';
import { rotateEncryptionKey } from 'server/credentials/rotation';

import { acceptingOnly, memoryPorts, type MemoryPorts } from './memory-ports';

const ORG = { METAKOCKA_COMPANY_ID: '4411', METAKOCKA_SECRET_KEY: 'org-secret-aaaa' };
const members = { 'member-ana': 'ana-secret-1111', 'member-bor': 'bor-secret-2222', 'member-cene': 'cene-secret-3333' };

async function withThreeCredentials(): Promise<MemoryPorts> {
  const ports = memoryPorts(ORG);
  await changePolicy(ports, 'member-admin', 'REQUIRED');
  for (const [member, key] of Object.entries(members)) {
    const outcome = await savePersonalCredential(
      ports,
      member,
      { companyId: '4411', secretKey: key },
      acceptingOnly('4411', key),
    );
    expect(outcome.saved).toBe(true);
  }
  return ports;
}

describe('rotateEncryptionKey', () => {
  it('re-encrypts every row under a new key, drops the old key, and every member still resolves to their own secret', async () => {
    const ports = await withThreeCredentials();
    const oldKeyring = parseKeyring(ports.variableStore.get('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY'));
    const before = new Map([...ports.rowStore.values()].map((row) => [row.id, row.encryptedSecret]));

    const outcome = await rotateEncryptionKey(ports, 'member-admin');

    expect(outcome).toEqual({ keyId: expect.any(String), reEncrypted: 3, unreadable: [], malformedKeysDropped: 0 });
    const newKeyring = parseKeyring(ports.variableStore.get('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY'));
    expect(newKeyring.map((key) => key.id)).toEqual([outcome.keyId]);
    expect(outcome.keyId).not.toBe(oldKeyring[0]!.id);
    for (const row of ports.rowStore.values()) {
      expect(row.encryptedSecret).not.toBe(before.get(row.id));
      expect(envelopeKeyId(row.encryptedSecret)).toBe(outcome.keyId);
      // The old key alone can no longer open any row.
      expect(() => openEnvelope(row.encryptedSecret, oldKeyring, row)).toThrow();
    }
    for (const [member, key] of Object.entries(members)) {
      expect((await resolveCredential(ports, { kind: 'user', workspaceMemberId: member })).secretKey).toBe(key);
    }
    expect(ports.auditLog.at(-1)).toMatchObject({
      action: 'encryption-key.rotated',
      actorWorkspaceMemberId: 'member-admin',
      target: 'encryption-key',
      before: `key ${oldKeyring[0]!.id}`,
      after: `key ${outcome.keyId}`,
    });
    expect(JSON.stringify(ports.auditLog)).not.toContain(
      ports.variableStore.get('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY'),
    );
  });

  it('keeps every row readable if it stops half-way (the keyring holds both keys until the end)', async () => {
    const ports = await withThreeCredentials();
    let updates = 0;
    const update = ports.rows.update;
    ports.rows.update = async (id, patch) => {
      if (++updates === 2) throw new Error('process killed');
      return update(id, patch);
    };
    await expect(rotateEncryptionKey(ports, 'member-admin')).rejects.toThrow('process killed');
    expect(ports.variableStore.get('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY')).toContain(',');
    ports.rows.update = update;
    for (const [member, key] of Object.entries(members)) {
      expect((await resolveCredential(ports, { kind: 'user', workspaceMemberId: member })).secretKey).toBe(key);
    }
    const finished = await rotateEncryptionKey(ports, 'member-admin');
    expect(finished.reEncrypted).toBe(3);
    expect(ports.variableStore.get('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY')).not.toContain(',');
  });

  it('marks a tampered row invalid instead of failing the rotation, and reports its owner', async () => {
    const ports = await withThreeCredentials();
    const bor = [...ports.rowStore.values()].find((row) => row.ownerWorkspaceMemberId === 'member-bor')!;
    await ports.rows.update(bor.id, { encryptedSecret: bor.encryptedSecret.replace(/\.([A-Za-z0-9_-])/, '.A$1') });
    const outcome = await rotateEncryptionKey(ports, 'member-admin');
    expect(outcome.unreadable).toEqual(['member-bor']);
    expect(outcome.reEncrypted).toBe(2);
    expect(ports.rowStore.get(bor.id)!.status).toBe('INVALID');
  });
});

describe('rotating a keyring someone damaged by hand', () => {
  it('drops the entry that is not a key, keeps every row readable, and clears the error that sent the admin there', async () => {
    const ports = await withThreeCredentials();
    const good = ports.variableStore.get('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY')!;
    ports.variableStore.set('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY', `${good},pasted-by-mistake`);
    const broken = resolveCredential(ports, { kind: 'user', workspaceMemberId: 'member-ana' });
    await expect(broken).rejects.toMatchObject({
      code: 'CREDENTIAL_KEY',
      action: expect.stringMatching(/Rotate the encryption key from the Metakocka settings page/),
    });

    const outcome = await rotateEncryptionKey(ports, 'member-admin');

    expect(outcome).toMatchObject({ reEncrypted: 3, unreadable: [], malformedKeysDropped: 1 });
    expect(ports.variableStore.get('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY')).not.toContain('pasted-by-mistake');
    for (const [member, key] of Object.entries(members)) {
      expect((await resolveCredential(ports, { kind: 'user', workspaceMemberId: member })).secretKey).toBe(key);
    }
    expect(ports.auditLog.at(-1)!.detail).toMatch(/1 malformed keyring entry dropped/);
  });

  it('replaces a keyring with no usable key at all, marking the rows it cannot open for their owners to enter again', async () => {
    const ports = await withThreeCredentials();
    ports.variableStore.set('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY', 'not-base64-at-all');

    const outcome = await rotateEncryptionKey(ports, 'member-admin');

    expect(outcome).toMatchObject({ reEncrypted: 0, malformedKeysDropped: 1 });
    expect(outcome.unreadable.sort()).toEqual(Object.keys(members).sort());
    expect(parseKeyring(ports.variableStore.get('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY')).map((key) => key.id)).toEqual([
      outcome.keyId,
    ]);
    expect([...ports.rowStore.values()].every((row) => row.status === 'INVALID')).toBe(true);
  });
});
