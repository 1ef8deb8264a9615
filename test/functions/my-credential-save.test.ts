// my-credential-save (route /metakocka/credentials/mine/save): a member's own key, checked live and stored encrypted.
import {
  COMPANY_ID,
  CREDENTIAL_ROUTES,
  MEMBER,
  OTHER_MEMBER,
  SANDBOX_KEY,
  WRONG_KEY,
} from 'test/credentials/route-world';
import { allowPersonal, openRow } from 'test/credentials/personal-helpers';
import { useRouteWorld } from 'test/credentials/world-lifecycle';
import { englishWordsIn } from 'test/support/english-leftovers';

const world = useRouteWorld();
const PATH = CREDENTIAL_ROUTES.mineSave; // '/metakocka/credentials/mine/save'

describe('my-credential-save', () => {
  it("stores the member's key encrypted under a key the app created, verified against Metakocka", async () => {
    await allowPersonal(world());
    const callsBefore = world().sandbox.calls.total();
    const reply = await world().harness.route(`/s${PATH}`, {
      method: 'POST',
      body: { companyId: COMPANY_ID, secretKey: SANDBOX_KEY, label: 'ana@firma.si' },
      as: MEMBER,
    });

    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      saved: true,
      credential: {
        ownerWorkspaceMemberId: MEMBER.workspaceMemberId,
        companyId: COMPANY_ID,
        status: 'VERIFIED',
        label: 'ana@firma.si',
      },
    });
    expect(world().sandbox.calls.total()).toBeGreaterThan(callsBefore);
    const [row] = world().rows('metakockaCredential');
    expect(row).toMatchObject({
      ownerWorkspaceMemberId: MEMBER.workspaceMemberId,
      companyId: COMPANY_ID,
      status: 'VERIFIED',
    });
    expect(row!.encryptedSecret).toMatch(/^v2\./);
    expect(row!.encryptedSecret).not.toContain(SANDBOX_KEY);
    expect(openRow(world(), row!)).toBe(SANDBOX_KEY);
    expect(JSON.stringify(reply.body)).not.toContain(SANDBOX_KEY);
  });

  it("refuses a key for another Metakocka company, naming the workspace's company", async () => {
    await allowPersonal(world());
    const reply = await world().post(PATH, { companyId: '9999', secretKey: SANDBOX_KEY }, MEMBER);
    expect(reply.status).toBe(422);
    expect(reply.body.error).toContain(`company ${COMPANY_ID}`);
    expect(reply.body.error).toContain('per company');
    expect(world().rows('metakockaCredential')).toEqual([]);
  });

  it('tells each member in their language that no encryption key exists yet, and stores nothing', async () => {
    await allowPersonal(world());
    world().standIn.appVariables.set('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY', '');
    world().standIn.kv.set(`language:member:${MEMBER.workspaceMemberId}`, 'sl');
    const body = { companyId: COMPANY_ID, secretKey: SANDBOX_KEY };
    const sl = await world().post(PATH, body, MEMBER);
    const en = await world().post(PATH, body, OTHER_MEMBER);
    for (const reply of [sl, en]) expect(reply).toMatchObject({ status: 422, body: { code: 'CREDENTIAL_KEY' } });
    expect(sl.body.error).toBe(
      'Šifrirni ključ za poverilnice ni nastavljen (spremenljivka `METAKOCKA_CREDENTIAL_ENCRYPTION_KEY` je prazna), ' +
        'zato osebnega ključa ni mogoče shraniti.',
    );
    expect(sl.body.action).toMatch(/^Upravitelj Metakocke pod Nastavitve → Metakocka zamenja šifrirni ključ/);
    expect(englishWordsIn(`${sl.body.error} ${sl.body.action}`)).toEqual([]);
    expect(en.body.error).toContain('No credential encryption key is configured');
    expect(en.body.action).toMatch(/rotates the encryption key/);
    expect(world().rows('metakockaCredential')).toEqual([]);
    expect(JSON.stringify([sl.body, en.body])).not.toContain(SANDBOX_KEY);
  });

  it('stores nothing when Metakocka refuses the key', async () => {
    await allowPersonal(world());
    const reply = await world().post(PATH, { companyId: COMPANY_ID, secretKey: WRONG_KEY }, MEMBER);
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({
      code: 'CONNECTION_CHECK_FAILED',
      report: { diagnosis: { checkId: 'credentials' } },
    });
    // The next step is one a member can take (their own key, or ask for one), not the admin's settings page.
    expect(reply.body.action).toMatch(/your own Metakocka user in company 4411.*enter it here/);
    expect(JSON.stringify(reply.body)).not.toMatch(/app settings/);
    expect(world().rows('metakockaCredential')).toEqual([]);
  });

  it('refuses while personal credentials are switched off', async () => {
    await world().connect();
    const reply = await world().post(PATH, { companyId: COMPANY_ID, secretKey: SANDBOX_KEY }, MEMBER);
    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatch(/switched off/);
  });
});
