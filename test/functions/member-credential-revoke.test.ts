// member-credential-revoke (route /metakocka/credentials/members/revoke): a manager removes someone's key.
import { CREDENTIAL_ROUTES, MANAGER, MEMBER, OTHER_MEMBER } from 'test/credentials/route-world';
import { allowPersonal, storePersonal } from 'test/credentials/personal-helpers';
import { useRouteWorld } from 'test/credentials/world-lifecycle';

const world = useRouteWorld();
const PATH = CREDENTIAL_ROUTES.membersRevoke; // '/metakocka/credentials/members/revoke'

describe('member-credential-revoke', () => {
  it("destroys the member's row and records who revoked it", async () => {
    await allowPersonal(world());
    await storePersonal(world(), MEMBER);

    const reply = await world().harness.route(`/s${PATH}`, {
      method: 'POST',
      body: { ownerWorkspaceMemberId: MEMBER.workspaceMemberId },
      as: MANAGER,
    });

    expect(reply).toEqual({ status: 200, body: { revoked: true } });
    expect(world().standIn.store.rows('metakockaCredential')).toEqual([]);
    expect(world().rows('metakockaAuditEntry').at(-1)).toMatchObject({
      action: 'personal-credential.revoked',
      target: `member:${MEMBER.workspaceMemberId}`,
      actorWorkspaceMemberId: MANAGER.workspaceMemberId,
    });
  });

  it('refuses a request of the wrong shape, naming the field, and revokes nothing', async () => {
    await allowPersonal(world());
    await storePersonal(world(), MEMBER);
    const reply = await world().post(PATH, { ownerWorkspaceMemberId: 42 }, MANAGER);
    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatch(/^The request is not valid: ownerWorkspaceMemberId: /);
    // A manager who chose Slovenian reads it in Slovenian, the field named as the request spells it.
    world().standIn.kv.set(`language:member:${MANAGER.workspaceMemberId}`, 'sl');
    const sl = await world().post(PATH, { ownerWorkspaceMemberId: 42 }, MANAGER);
    expect(sl).toMatchObject({
      status: 422,
      body: {
        error: 'Zahteva ni veljavna.',
        action: 'Obrazec znova pošljite s strani z nastavitvami Metakocke (napačna polja: »ownerWorkspaceMemberId«).',
      },
    });
    expect(world().standIn.store.rows('metakockaCredential')).toHaveLength(1);
  });

  it('says so when the member has nothing to revoke', async () => {
    await allowPersonal(world());
    const reply = await world().post(PATH, { ownerWorkspaceMemberId: MEMBER.workspaceMemberId }, MANAGER);
    expect(reply.status).toBe(422);
    expect(reply.body.error).toMatch(/has no personal Metakocka credential/);
  });

  it("refuses a member who tries to revoke someone else's key, and the key stays", async () => {
    await allowPersonal(world());
    await storePersonal(world(), OTHER_MEMBER);
    const reply = await world().post(PATH, { ownerWorkspaceMemberId: OTHER_MEMBER.workspaceMemberId }, MEMBER);
    expect(reply.status).toBe(403);
    expect(world().rows('metakockaCredential')).toHaveLength(1);
  });
});
