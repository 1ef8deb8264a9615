// language-read (route /metakocka/language): the language the app speaks to the caller, with their own choice and
// the workspace default an admin may also set in Twenty's variable editor.
import { LANGUAGE_ROUTES } from 'plugin/constants/route-paths';
import { MEMBER } from 'test/credentials/route-world';
import { useRouteWorld } from 'test/credentials/world-lifecycle';

const world = useRouteWorld();
const PATH = LANGUAGE_ROUTES.read; // '/metakocka/language'

describe('language-read', () => {
  it('speaks English on a fresh install: the declared default, no choice of my own', async () => {
    expect(await world().post(PATH, {}, MEMBER)).toEqual({
      status: 200,
      body: { language: 'en', mine: null, workspace: 'en' },
    });
  });

  it("follows a workspace default set in Twenty's variable editor", async () => {
    world().standIn.appVariables.set('METAKOCKA_UI_LANGUAGE', 'sl');
    expect((await world().post(PATH, {}, MEMBER)).body).toEqual({ language: 'sl', mine: null, workspace: 'sl' });
  });

  it('reads a value it does not speak as unset, and speaks English', async () => {
    world().standIn.appVariables.set('METAKOCKA_UI_LANGUAGE', 'Slovenščina');
    expect((await world().post(PATH, {}, MEMBER)).body).toEqual({ language: 'en', mine: null, workspace: null });
  });

  it('refuses a caller who is not signed in', async () => {
    expect((await world().post(PATH, {}, 'anonymous')).status).toBe(401);
  });
});
