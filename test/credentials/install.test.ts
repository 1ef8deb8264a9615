// What the post-install step (migrations/0003) prepares: the encryption key, and personal keys stored before
// endpoints were bound rewritten for the endpoint in use, so members keep working after the upgrade (D45).
import { changePolicy } from 'server/credentials/admin';
import { envelopeEndpoint, parseKeyring } from 'server/credentials/encryption';
import { resolveCredential } from 'server/credentials/inheritance';
import { prepareCredentialStore } from 'server/credentials/install';

import { legacyEnvelope } from './legacy-envelope';
import { memoryPorts } from './memory-ports';

const ORG = {
  METAKOCKA_COMPANY_ID: '4411',
  METAKOCKA_SECRET_KEY: 'org-secret-aaaa',
  METAKOCKA_API_URL: 'https://devmainsi.metakocka.si',
};

describe('prepareCredentialStore', () => {
  it('creates the encryption key on a fresh install, and keeps it on every later run', async () => {
    const ports = memoryPorts({ ...ORG, METAKOCKA_CREDENTIAL_ENCRYPTION_KEY: '' });
    await prepareCredentialStore(ports);
    const created = ports.variableStore.get('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY');
    expect(parseKeyring(created)).toHaveLength(1);
    await prepareCredentialStore(ports);
    expect(ports.variableStore.get('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY')).toBe(created);
  });

  it('rewrites a key stored before endpoints were bound for the endpoint in use, and its owner keeps using it', async () => {
    const ports = memoryPorts(ORG);
    const [key] = parseKeyring(ports.variableStore.get('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY'));
    const owner = { ownerWorkspaceMemberId: 'member-ana', companyId: '4411' };
    await ports.rows.create({
      ...owner,
      encryptedSecret: legacyEnvelope('ana-secret-1111', key!, owner),
      label: null,
      lastVerifiedAt: null,
      status: 'VERIFIED',
    });
    await changePolicy(ports, 'member-admin', 'REQUIRED');
    await expect(resolveCredential(ports, { kind: 'user', workspaceMemberId: 'member-ana' })).rejects.toThrow(
      /unrecorded endpoint/,
    );

    await prepareCredentialStore(ports);

    const [row] = [...ports.rowStore.values()];
    expect(envelopeEndpoint(row!.encryptedSecret)).toBe('https://devmainsi.metakocka.si');
    expect((await resolveCredential(ports, { kind: 'user', workspaceMemberId: 'member-ana' })).secretKey).toBe(
      'ana-secret-1111',
    );
  });

  it('leaves a hand-damaged keyring for the rotation its error message points to', async () => {
    const ports = memoryPorts({ ...ORG, METAKOCKA_CREDENTIAL_ENCRYPTION_KEY: 'pasted-by-mistake' });
    await prepareCredentialStore(ports);
    expect(ports.variableStore.get('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY')).toBe('pasted-by-mistake');
  });
});
