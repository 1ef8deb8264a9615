// my-credential-delete (route /metakocka/credentials/mine/delete): a member removes their own key, nobody else's.
import { CREDENTIAL_ROUTES, MEMBER, OTHER_MEMBER } from 'test/credentials/route-world';
import { allowPersonal, storePersonal } from 'test/credentials/personal-helpers';
import { useRouteWorld } from 'test/credentials/world-lifecycle';

const world = useRouteWorld();
const PATH = CREDENTIAL_ROUTES.mineDelete; // '/metakocka/credentials/mine/delete'

describe('my-credential-delete', () => {
  it("removes the caller's row for good and leaves other members' rows alone, whatever the body says", async () => {
    await allowPersonal(world());
    await storePersonal(world(), MEMBER);
    await storePersonal(world(), OTHER_MEMBER);

    const reply = await world().harness.route(`/s${PATH}`, {
      method: 'POST',
      body: { ownerWorkspaceMemberId: OTHER_MEMBER.workspaceMemberId },
      as: MEMBER,
    });

    expect(reply).toEqual({ status: 200, body: { deleted: true } });
    expect(
      world()
        .standIn.store.rows('metakockaCredential')
        .map((row: any) => row.ownerWorkspaceMemberId),
    ).toEqual([OTHER_MEMBER.workspaceMemberId]);
    expect(world().rows('metakockaAuditEntry').at(-1)).toMatchObject({
      action: 'personal-credential.deleted',
      actorWorkspaceMemberId: MEMBER.workspaceMemberId,
    });
    expect((await world().post(PATH, {}, MEMBER)).body).toEqual({ deleted: false });
  });
});
