// member-credentials-list (route /metakocka/credentials/members/list): who has a personal key; never the key.
import { CREDENTIAL_ROUTES, MANAGER, MEMBER, OTHER_MEMBER, SANDBOX_KEY } from 'test/credentials/route-world';
import { allowPersonal, storePersonal } from 'test/credentials/personal-helpers';
import { useRouteWorld } from 'test/credentials/world-lifecycle';

const world = useRouteWorld();
const PATH = CREDENTIAL_ROUTES.membersList; // '/metakocka/credentials/members/list'

describe('member-credentials-list', () => {
  it('lists owners, labels, status and last verification for a manager, and no envelope or key', async () => {
    await allowPersonal(world());
    await storePersonal(world(), MEMBER, 'ana');
    await storePersonal(world(), OTHER_MEMBER, 'bor');
    // Twenty's workspace members: one with a name, one known only by e-mail.
    world().standIn.seed(
      'workspaceMember',
      [
        { id: MEMBER.workspaceMemberId, name: { firstName: 'Ana', lastName: 'Novak' }, userEmail: 'ana@example.si' },
        { id: OTHER_MEMBER.workspaceMemberId, name: { firstName: '', lastName: '' }, userEmail: 'bor@example.si' },
      ],
      { upsert: true },
    );

    const reply = await world().harness.route(`/s${PATH}`, { method: 'POST', body: {}, as: MANAGER });

    expect(reply.status).toBe(200);
    const body = reply.body as { policy: string; credentials: Array<Record<string, unknown>> };
    expect(body.policy).toBe('OPTIONAL');
    expect(body.credentials.map((c) => [c.ownerWorkspaceMemberId, c.memberName, c.label, c.status])).toEqual([
      [MEMBER.workspaceMemberId, 'Ana Novak', 'ana', 'VERIFIED'],
      [OTHER_MEMBER.workspaceMemberId, 'bor@example.si', 'bor', 'VERIFIED'],
    ]);
    expect(body.credentials.every((c) => typeof c.lastVerifiedAt === 'string')).toBe(true);
    expect(JSON.stringify(body)).not.toMatch(new RegExp(`${SANDBOX_KEY}|encryptedSecret|v[12]\\.`));
  });

  it('refuses a member without the permission', async () => {
    expect((await world().post(PATH, {}, MEMBER)).status).toBe(403);
  });
});
