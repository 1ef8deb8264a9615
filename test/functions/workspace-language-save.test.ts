// workspace-language-save (route /metakocka/language/workspace/save): a manager sets the workspace's default language,
// written to METAKOCKA_UI_LANGUAGE through Twenty's variable write and audited from what to what.
import { LANGUAGE_ROUTES } from 'plugin/constants/route-paths';
import { MANAGER, MEMBER, OTHER_MEMBER } from 'test/credentials/route-world';
import { useRouteWorld } from 'test/credentials/world-lifecycle';

const world = useRouteWorld();
const PATH = LANGUAGE_ROUTES.workspaceSave; // '/metakocka/language/workspace/save'

describe('workspace-language-save', () => {
  it('sets the variable, audits before and after, and changes the language of members who follow the workspace', async () => {
    await world().post(LANGUAGE_ROUTES.mineSave, { language: 'en' }, OTHER_MEMBER); // chose English for themselves

    const reply = await world().post(PATH, { language: 'sl' }, MANAGER);
    expect(reply).toEqual({ status: 200, body: { language: 'sl', mine: null, workspace: 'sl' } });
    expect(world().variables().METAKOCKA_UI_LANGUAGE).toBe('sl');
    expect(world().rows('metakockaAuditEntry')).toEqual([
      expect.objectContaining({
        action: 'language.workspace-changed',
        before: 'en',
        after: 'sl',
        actorWorkspaceMemberId: MANAGER.workspaceMemberId,
      }),
    ]);

    expect((await world().post(LANGUAGE_ROUTES.read, {}, MEMBER)).body).toEqual({
      language: 'sl',
      mine: null,
      workspace: 'sl',
    });
    expect((await world().post(LANGUAGE_ROUTES.read, {}, OTHER_MEMBER)).body.language).toBe('en');
  });

  it('refuses a member without the permission and leaves the variable alone', async () => {
    expect((await world().post(PATH, { language: 'sl' }, MEMBER)).status).toBe(403);
    expect(world().variables().METAKOCKA_UI_LANGUAGE).toBe('en');
  });

  it('refuses null or an unknown language: the workspace always has one', async () => {
    expect((await world().post(PATH, { language: null }, MANAGER)).body.code).toBe('LANGUAGE_INVALID');
    expect((await world().post(PATH, { language: 'hr' }, MANAGER)).body.code).toBe('LANGUAGE_INVALID');
    expect(world().variables().METAKOCKA_UI_LANGUAGE).toBe('en');
  });
});
