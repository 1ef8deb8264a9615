// The application variables as the app's server code writes them: the list of hosts keys may be sent to is never
// one of them, so no app route can widen it; only Twenty's variable editor (Applications permission) does (D37).
import { applicationVariables } from 'server/credentials/runtime-ports';
import type { AppRuntime } from 'server/host/runtime';

/** A Twenty that saves whatever it is asked to, as it would for the app's role (which holds Applications). */
function obligingTwenty(saved: Map<string, string>): AppRuntime {
  const fetch = async (_url: unknown, init?: { body?: unknown }) => {
    const { variables } = JSON.parse(String(init?.body)) as { variables: { key: string; value: string } };
    saved.set(variables.key, variables.value);
    return new Response(JSON.stringify({ data: { updateOneApplicationVariable: true } }), { status: 200 });
  };
  return {
    crm: { fetch, metadataUrl: 'http://twenty.test/metadata', token: () => 'app-token' },
    env: { applicationId: 'app-1' },
  } as unknown as AppRuntime;
}

describe('applicationVariables', () => {
  it('refuses to write METAKOCKA_ALLOWED_ENDPOINTS, saying where it is set, and Twenty keeps the list it had', async () => {
    const saved = new Map<string, string>();
    const variables = applicationVariables(obligingTwenty(saved), {
      METAKOCKA_ALLOWED_ENDPOINTS: 'https://mk.example.si',
    });

    await expect(variables.set('METAKOCKA_ALLOWED_ENDPOINTS', 'https://evil.example')).rejects.toMatchObject({
      code: 'VARIABLE_WRITE',
      action: expect.stringContaining('Settings → Applications → Metakocka → Variables'),
    });
    expect(saved.has('METAKOCKA_ALLOWED_ENDPOINTS')).toBe(false);
    expect(variables.get('METAKOCKA_ALLOWED_ENDPOINTS')).toBe('https://mk.example.si');

    await variables.set('METAKOCKA_API_URL', 'https://mk.example.si');
    expect(saved.get('METAKOCKA_API_URL')).toBe('https://mk.example.si');
  });
});
