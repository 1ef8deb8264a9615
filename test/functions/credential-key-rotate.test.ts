// credential-key-rotate (route /metakocka/credentials/rotate-key): new encryption key, every row re-encrypted.
import { envelopeKeyId, parseKeyring } from 'server/credentials/encryption';
import { CREDENTIAL_ROUTES, MANAGER, MEMBER, OTHER_MEMBER, SANDBOX_KEY } from 'test/credentials/route-world';
import { allowPersonal, openRow, storePersonal } from 'test/credentials/personal-helpers';
import { useRouteWorld } from 'test/credentials/world-lifecycle';

const world = useRouteWorld();
const PATH = CREDENTIAL_ROUTES.rotateKey; // '/metakocka/credentials/rotate-key'

describe('credential-key-rotate', () => {
  it('replaces the key, re-encrypts every stored credential under it, and the old key opens none of them', async () => {
    await allowPersonal(world());
    await storePersonal(world(), MEMBER);
    await storePersonal(world(), OTHER_MEMBER);
    const oldKey = world().variables().METAKOCKA_CREDENTIAL_ENCRYPTION_KEY!;
    const before = world()
      .rows('metakockaCredential')
      .map((row) => row.encryptedSecret);

    const reply = await world().harness.route(`/s${PATH}`, { method: 'POST', body: {}, as: MANAGER });

    expect(reply.status).toBe(200);
    const newKey = world().variables().METAKOCKA_CREDENTIAL_ENCRYPTION_KEY!;
    expect(newKey).not.toBe(oldKey);
    expect(newKey).not.toContain(',');
    expect(reply.body).toEqual({
      keyId: parseKeyring(newKey)[0]!.id,
      reEncrypted: 2,
      unreadable: [],
      malformedKeysDropped: 0,
    });
    const rows = world().rows('metakockaCredential');
    for (const row of rows) {
      expect(before).not.toContain(row.encryptedSecret);
      expect(envelopeKeyId(row.encryptedSecret)).toBe(parseKeyring(newKey)[0]!.id);
      expect(openRow(world(), row)).toBe(SANDBOX_KEY);
    }
    expect(JSON.stringify([reply.body, world().rows('metakockaAuditEntry')])).not.toContain(oldKey);
    expect(JSON.stringify([reply.body, world().rows('metakockaAuditEntry')])).not.toContain(newKey);
  });

  it('with no stored personal key, says there is nothing to re-encrypt and keeps the key it has', async () => {
    await allowPersonal(world());
    const key = world().variables().METAKOCKA_CREDENTIAL_ENCRYPTION_KEY;
    expect(key).toBeTruthy();
    const reply = await world().post(PATH, {}, MANAGER);
    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatch(/No personal key is stored, so there is nothing to re-encrypt/);
    expect(world().variables().METAKOCKA_CREDENTIAL_ENCRYPTION_KEY).toBe(key);
  });

  it('refuses a member without the permission and leaves the key alone', async () => {
    await allowPersonal(world());
    await storePersonal(world(), MEMBER);
    const key = world().variables().METAKOCKA_CREDENTIAL_ENCRYPTION_KEY;
    expect((await world().post(PATH, {}, MEMBER)).status).toBe(403);
    expect(world().variables().METAKOCKA_CREDENTIAL_ENCRYPTION_KEY).toBe(key);
  });
});
