// my-language-save (route /metakocka/language/mine/save): a member chooses the language the app speaks to them, for
// themselves only; the choice changes what the app tells them and no one else (issue 15 "Done when").
import { LANGUAGE_ROUTES } from 'plugin/constants/route-paths';
import { CREDENTIAL_ROUTES, MEMBER, OTHER_MEMBER } from 'test/credentials/route-world';
import { useRouteWorld } from 'test/credentials/world-lifecycle';
import { englishWordsIn } from 'test/support/english-leftovers';

const world = useRouteWorld();
const PATH = LANGUAGE_ROUTES.mineSave; // '/metakocka/language/mine/save'

describe('my-language-save', () => {
  it("changes the saving member's language and nobody else's", async () => {
    const saved = await world().post(PATH, { language: 'sl' }, MEMBER);
    expect(saved).toEqual({ status: 200, body: { language: 'sl', mine: 'sl', workspace: 'en' } });

    expect((await world().post(LANGUAGE_ROUTES.read, {}, MEMBER)).body).toEqual({
      language: 'sl',
      mine: 'sl',
      workspace: 'en',
    });
    expect((await world().post(LANGUAGE_ROUTES.read, {}, OTHER_MEMBER)).body).toEqual({
      language: 'en',
      mine: null,
      workspace: 'en',
    });
  });

  it('answers each member in their own language: the same refusal in Slovenian for one, English for the other', async () => {
    await world().post(PATH, { language: 'sl' }, MEMBER);
    // Personal credentials are off until a manager allows them: both members are refused the same way.
    const form = { companyId: '4411', secretKey: 'whatever-key' };
    const mine = await world().post(CREDENTIAL_ROUTES.mineSave, form, MEMBER);
    const theirs = await world().post(CREDENTIAL_ROUTES.mineSave, form, OTHER_MEMBER);

    expect(mine.status).toBe(422);
    expect(mine.body).toEqual({
      code: 'CREDENTIAL_INPUT',
      error: 'Osebne poverilnice za Metakocko so v tem delovnem prostoru izklopljene.',
      action: 'Skrbnika prosite, naj jih dovoli pod Nastavitve → Metakocka.',
    });
    expect(englishWordsIn(`${mine.body.error} ${mine.body.action}`)).toEqual([]);
    expect(theirs.body).toEqual({
      code: 'CREDENTIAL_INPUT',
      error: 'Personal Metakocka credentials are switched off in this workspace.',
      action: 'Ask an administrator to allow them under Settings → Metakocka.',
    });
  });

  it('goes back to the workspace default with null', async () => {
    await world().post(PATH, { language: 'sl' }, MEMBER);
    const reply = await world().post(PATH, { language: null }, MEMBER);
    expect(reply.body).toEqual({ language: 'en', mine: null, workspace: 'en' });
  });

  it('refuses a language the app does not speak, in the language of the member who asked, and keeps the choice', async () => {
    await world().post(PATH, { language: 'sl' }, MEMBER);
    const reply = await world().post(PATH, { language: 'de' }, MEMBER);
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('LANGUAGE_INVALID');
    expect(reply.body.error).toBe('Aplikacija ne govori jezika "de"; nič ni bilo spremenjeno.');
    expect((await world().post(LANGUAGE_ROUTES.read, {}, MEMBER)).body.mine).toBe('sl');
  });

  it('refuses a caller who is not signed in', async () => {
    expect((await world().post(PATH, { language: 'sl' }, 'anonymous')).status).toBe(401);
  });
});
