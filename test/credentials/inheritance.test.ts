import { changePolicy, listPersonalCredentials } from 'server/credentials/admin';
import { PersonalCredentialRequiredError, OrganisationCredentialsMissingError } from 'server/credentials/errors';
import { credentialTag, resolveCredential, type ActionOrigin } from 'server/credentials/inheritance';
import { personalStatus, savePersonalCredential } from 'server/credentials/personal';
import type { CredentialPolicy } from 'server/credentials/policy';

import { acceptingOnly, memoryPorts } from './memory-ports';

const ORG = {
  METAKOCKA_COMPANY_ID: '4411',
  METAKOCKA_SECRET_KEY: 'org-secret-aaaa',
  METAKOCKA_API_URL: 'http://127.0.0.1:9',
  METAKOCKA_ALLOWED_ENDPOINTS: 'http://127.0.0.1:9',
};
const ANA_KEY = 'ana-secret-bbbb';
const ana: ActionOrigin = { kind: 'user', workspaceMemberId: 'member-ana' };
const bor: ActionOrigin = { kind: 'user', workspaceMemberId: 'member-bor' };
const background: ActionOrigin = { kind: 'background' };

/** A workspace where Ana stored her own key (under OPTIONAL) and Bor did not, then the admin set `policy`. */
async function workspace(policy: CredentialPolicy) {
  const ports = memoryPorts(ORG);
  await changePolicy(ports, 'member-admin', 'OPTIONAL');
  const stored = await savePersonalCredential(
    ports,
    'member-ana',
    { companyId: '4411', secretKey: ANA_KEY },
    acceptingOnly('4411', ANA_KEY),
  );
  expect(stored.saved).toBe(true);
  await changePolicy(ports, 'member-admin', policy);
  return ports;
}

describe('resolveCredential', () => {
  describe.each(['OFF', 'OPTIONAL', 'REQUIRED'] as const)('policy %s', (policy) => {
    it('runs background work on the organisation credential', async () => {
      const resolved = await resolveCredential(await workspace(policy), background);
      expect(resolved.secretKey).toBe(ORG.METAKOCKA_SECRET_KEY);
      expect(resolved.use).toMatchObject({ source: 'organisation', ownerWorkspaceMemberId: null });
    });

    it(`${policy === 'OFF' ? 'ignores' : 'uses'} the personal credential of a user who stored one`, async () => {
      const resolved = await resolveCredential(await workspace(policy), ana);
      if (policy === 'OFF') {
        expect(resolved.secretKey).toBe(ORG.METAKOCKA_SECRET_KEY);
        expect(credentialTag(resolved.use)).toBe('organisation');
      } else {
        expect(resolved.secretKey).toBe(ANA_KEY);
        expect(resolved.companyId).toBe('4411');
        expect(resolved.baseUrl).toBe(ORG.METAKOCKA_API_URL);
        expect(credentialTag(resolved.use)).toBe('personal:member-ana');
      }
    });

    it(`${policy === 'REQUIRED' ? 'refuses' : 'falls back to the organisation for'} a user without one`, async () => {
      const ports = await workspace(policy);
      if (policy === 'REQUIRED') {
        const attempt = resolveCredential(ports, bor);
        await expect(attempt).rejects.toThrow(PersonalCredentialRequiredError);
        await expect(resolveCredential(ports, bor)).rejects.toThrow(/member-bor has no usable one/);
        await expect(resolveCredential(ports, bor)).rejects.toMatchObject({
          action: expect.stringContaining('My Metakocka account'),
        });
      } else {
        const resolved = await resolveCredential(ports, bor);
        expect(resolved.secretKey).toBe(ORG.METAKOCKA_SECRET_KEY);
        expect(resolved.use.source).toBe('organisation');
      }
    });
  });

  it('does not use a personal credential stored for a company the workspace no longer syncs', async () => {
    const ports = await workspace('OPTIONAL');
    ports.variableStore.set('METAKOCKA_COMPANY_ID', '5000');
    expect((await resolveCredential(ports, ana)).use.source).toBe('organisation');
    await changePolicy(ports, 'member-admin', 'REQUIRED');
    await expect(resolveCredential(ports, ana)).rejects.toThrow(/stored for company 4411/);
  });

  it('never sends a personal key to another endpoint than it was saved for, and says it must be entered again (D37)', async () => {
    const ports = await workspace('REQUIRED');
    // The organisation now reaches Metakocka elsewhere (its own key entered again there).
    ports.variableStore.set('METAKOCKA_API_URL', 'https://devmainsi.metakocka.si');
    ports.variableStore.set('METAKOCKA_SECRET_KEY', 'org-secret-dev');
    const attempt = resolveCredential(ports, ana);
    await expect(attempt).rejects.toThrow(PersonalCredentialRequiredError);
    await expect(resolveCredential(ports, ana)).rejects.toThrow(
      /saved for http:\/\/127\.0\.0\.1:9, while Metakocka is now reached at https:\/\/devmainsi\.metakocka\.si; enter it again/,
    );
    expect((await personalStatus(ports, 'member-ana')).credential).toMatchObject({
      savedForEndpoint: 'http://127.0.0.1:9',
      endpointChanged: true,
    });
    expect((await listPersonalCredentials(ports))[0]).toMatchObject({
      ownerWorkspaceMemberId: 'member-ana',
      endpointChanged: true,
    });

    await changePolicy(ports, 'member-admin', 'OPTIONAL');
    const resolved = await resolveCredential(ports, ana);
    expect(resolved).toMatchObject({
      secretKey: 'org-secret-dev',
      use: { source: 'organisation', reason: expect.stringMatching(/not usable \(saved for/) },
    });
  });

  it('does not use a personal credential Metakocka refused at its last check', async () => {
    const ports = await workspace('REQUIRED');
    const row = [...ports.rowStore.values()][0]!;
    await ports.rows.update(row.id, { status: 'INVALID' });
    await expect(resolveCredential(ports, ana)).rejects.toThrow(/refused by Metakocka/);
  });

  it('explains that Metakocka is not configured when the organisation has no key', async () => {
    const ports = memoryPorts({ METAKOCKA_COMPANY_ID: '4411' });
    await expect(resolveCredential(ports, background)).rejects.toThrow(OrganisationCredentialsMissingError);
    await expect(resolveCredential(ports, background)).rejects.toThrow('the secret key is not set');
  });

  it('answers with the owner and a reason but never puts a secret into the record of use', async () => {
    const resolved = await resolveCredential(await workspace('OPTIONAL'), ana);
    expect(JSON.stringify(resolved.use)).not.toContain(ANA_KEY);
    expect(resolved.use.reason).toMatch(/own credential/);
  });
});
