// credential-policy-save (route /metakocka/credentials/policy/save): sets the policy and audits the change.
import { CREDENTIAL_ROUTES, MANAGER, MEMBER } from 'test/credentials/route-world';
import { useRouteWorld } from 'test/credentials/world-lifecycle';

const world = useRouteWorld();
const PATH = CREDENTIAL_ROUTES.policySave; // '/metakocka/credentials/policy/save'

describe('credential-policy-save', () => {
  it('stores the policy in kv and records who changed it from what to what', async () => {
    const reply = await world().harness.route(`/s${PATH}`, {
      method: 'POST',
      body: { policy: 'OPTIONAL' },
      as: MANAGER,
    });
    expect(reply).toEqual({ status: 200, body: { policy: 'OPTIONAL' } });
    expect(world().standIn.kv.get('metakocka:credentials:policy')).toBe('OPTIONAL');
    expect(world().rows('metakockaAuditEntry')).toEqual([
      expect.objectContaining({
        action: 'policy.changed',
        detail: 'OFF → OPTIONAL',
        actorWorkspaceMemberId: MANAGER.workspaceMemberId,
      }),
    ]);
  });

  it('refuses an unknown policy, listing the valid ones', async () => {
    const reply = await world().post(PATH, { policy: 'SOMETIMES' }, MANAGER);
    expect(reply.status).toBe(422);
    expect(reply.body.action).toBe('Choose one of OFF, OPTIONAL, REQUIRED.');
  });

  it('refuses a member without the permission and keeps the policy', async () => {
    expect((await world().post(PATH, { policy: 'REQUIRED' }, MEMBER)).status).toBe(403);
    expect(world().standIn.kv.get('metakocka:credentials:policy')).toBeUndefined();
  });
});
