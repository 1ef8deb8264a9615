// credential-policy-read (route /metakocka/credentials/policy/read): the personal-credential policy.
import { CREDENTIAL_ROUTES, MANAGER, MEMBER } from 'test/credentials/route-world';
import { useRouteWorld } from 'test/credentials/world-lifecycle';

const world = useRouteWorld();
const PATH = CREDENTIAL_ROUTES.policyRead; // '/metakocka/credentials/policy/read'

describe('credential-policy-read', () => {
  it('answers OFF until a manager chooses, then the chosen policy', async () => {
    expect(await world().harness.route(`/s${PATH}`, { method: 'POST', body: {}, as: MANAGER })).toEqual({
      status: 200,
      body: { policy: 'OFF' },
    });
    await world().post(CREDENTIAL_ROUTES.policySave, { policy: 'REQUIRED' }, MANAGER);
    expect((await world().post(PATH, {}, MANAGER)).body).toEqual({ policy: 'REQUIRED' });
  });

  it('refuses a member without the permission', async () => {
    expect((await world().post(PATH, {}, MEMBER)).status).toBe(403);
  });
});
