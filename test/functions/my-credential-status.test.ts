// my-credential-status (route /metakocka/credentials/mine/status): what the member has stored, never the key.
import { COMPANY_ID, CREDENTIAL_ROUTES, MEMBER, OTHER_MEMBER, SANDBOX_KEY } from 'test/credentials/route-world';
import { allowPersonal, storePersonal } from 'test/credentials/personal-helpers';
import { useRouteWorld } from 'test/credentials/world-lifecycle';

const world = useRouteWorld();
const PATH = CREDENTIAL_ROUTES.mineStatus; // '/metakocka/credentials/mine/status'

describe('my-credential-status', () => {
  it('tells a member the policy and the company, and that nothing is stored yet', async () => {
    await world().connect();
    const reply = await world().harness.route(`/s${PATH}`, { method: 'POST', body: {}, as: MEMBER });
    expect(reply).toEqual({
      status: 200,
      body: { policy: 'OFF', organisationCompanyId: COMPANY_ID, credential: null },
    });
  });

  it('shows the member their own credential only, without the key', async () => {
    await allowPersonal(world());
    await storePersonal(world(), MEMBER);
    const mine = await world().post(PATH, {}, MEMBER);
    const theirs = await world().post(PATH, {}, OTHER_MEMBER);

    expect(mine.body).toMatchObject({
      policy: 'OPTIONAL',
      credential: {
        ownerWorkspaceMemberId: MEMBER.workspaceMemberId,
        status: 'VERIFIED',
        lastVerifiedAt: expect.any(String),
      },
    });
    expect(theirs.body.credential).toBeNull();
    expect(JSON.stringify(mine.body)).not.toMatch(new RegExp(`${SANDBOX_KEY}|encryptedSecret|v[12]\\.`));
  });

  it('refuses an anonymous caller', async () => {
    const reply = await world().post(PATH, {}, 'anonymous');
    expect(reply.status).toBe(401);
  });
});
