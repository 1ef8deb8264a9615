// callRoute (ui/shared/call-route.ts): a call the app never answered, or answered without saying why, is told in the
// language the component speaks, like every other failure (issue 15 item 1).
import { callRoute } from 'ui/shared/call-route';
import { speak } from 'ui/shared/spoken-language';
import { englishWordsIn } from 'test/support/english-leftovers';

jest.mock('twenty-client-sdk/rest', () => {
  class RestApiClientError extends Error {
    override name = 'RestApiClientError';
    constructor(
      readonly status: number,
      readonly body: unknown,
    ) {
      super('refused');
    }
  }
  return {
    RestApiClientError,
    RestApiClient: class {
      async post(path: string) {
        if (path.endsWith('/metakocka/health')) throw new RestApiClientError(502, '<html>Bad gateway</html>');
        throw new TypeError('fetch failed');
      }
    },
  };
});

describe('callRoute when the app does not answer', () => {
  afterEach(() => speak('en'));

  it('says so in Slovenian to a member who reads Slovenian, with a next step', async () => {
    speak('sl');
    for (const path of ['/metakocka/language', '/metakocka/health'] as const) {
      const result = await callRoute(path);
      expect(result).toMatchObject({ ok: false, error: 'Aplikacija Metakocka se ni odzvala.' });
      if (result.ok) throw new Error('unreachable');
      expect(englishWordsIn(`${result.error} ${result.action}`)).toEqual([]);
    }
  });

  it('says so in English to everyone else', async () => {
    expect(await callRoute('/metakocka/language')).toMatchObject({
      ok: false,
      status: 0,
      error: 'The Metakocka app did not answer.',
    });
  });
});
