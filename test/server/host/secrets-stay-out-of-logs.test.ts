// Secrets never reach logs, errors or JSON (PREAMBLE, STYLE.md §2.8): Secret hides its value everywhere but reveal(),
// and the runtime's log scrubs every secret value of the run from what it prints.
import { inspect } from 'node:util';

import { createAppRuntime } from 'server/host/runtime';
import { Secret } from 'server/host/secret';
import { recordingJobsPort } from 'test/twenty/harness/stand-in-runtime';

const memoryKv = () => {
  const store = new Map<string, unknown>();
  return {
    store,
    port: {
      get: async <T>(key: string) => (store.has(key) ? (store.get(key) as T) : null),
      set: async (key: string, value: unknown) => void store.set(key, value),
      delete: async (key: string) => store.delete(key),
    },
  };
};

describe('Secret', () => {
  it('prints as [redacted] in strings, JSON and util.inspect, and gives the value only through reveal()', () => {
    const secret = new Secret('mk-secret-9f8e7d');

    expect(`${secret}`).toBe('[redacted]');
    expect(JSON.stringify({ secret })).toBe('{"secret":"[redacted]"}');
    expect(inspect({ secret })).not.toContain('mk-secret-9f8e7d');
    expect(secret.reveal()).toBe('mk-secret-9f8e7d');
  });
});

describe('runtime log', () => {
  it('scrubs the Metakocka secret key and both tokens from messages and fields', () => {
    const lines: string[] = [];
    const runtime = createAppRuntime({
      ports: { kv: memoryKv().port, jobs: recordingJobsPort() },
      env: {
        TWENTY_API_URL: 'http://127.0.0.1:1',
        TWENTY_APP_ACCESS_TOKEN: 'user-token-abc123',
        TWENTY_APP_APPLICATION_ACCESS_TOKEN: 'app-token-def456',
        METAKOCKA_SECRET_KEY: 'mk-secret-9f8e7d',
      },
      logSink: (_level, line) => lines.push(line),
    });

    runtime.log.error('call failed with key mk-secret-9f8e7d', {
      url: 'https://x?token=app-token-def456',
      error: new Error('Bearer user-token-abc123 refused'),
      key: runtime.env.metakockaSecretKey,
    });

    const printed = lines.join('\n');
    expect(printed).toContain('call failed with key [redacted]');
    for (const secret of ['mk-secret-9f8e7d', 'user-token-abc123', 'app-token-def456'])
      expect(printed).not.toContain(secret);
  });
});

describe('readAppEnv through createAppRuntime', () => {
  it('defaults the Metakocka URL to production and reduces a custom one to its origin', () => {
    const make = (url?: string) =>
      createAppRuntime({
        ports: { kv: memoryKv().port, jobs: recordingJobsPort() },
        env: { TWENTY_API_URL: 'http://127.0.0.1:1/', ...(url ? { METAKOCKA_API_URL: url } : {}) },
      });

    expect(make().env.metakockaApiUrl).toBe('https://main.metakocka.si');
    expect(make('https://devmainsi.metakocka.si/rest/eshop/').env.metakockaApiUrl).toBe(
      'https://devmainsi.metakocka.si',
    );
    expect(make().crm.graphqlUrl).toBe('http://127.0.0.1:1/graphql');
  });

  it('refuses a malformed METAKOCKA_API_URL and names where to fix it', () => {
    const act = () =>
      createAppRuntime({
        ports: { kv: memoryKv().port, jobs: recordingJobsPort() },
        env: { TWENTY_API_URL: 'http://127.0.0.1:1', METAKOCKA_API_URL: 'main.metakocka' },
      });

    expect(act).toThrow(/METAKOCKA_API_URL is not a URL/);
    expect(act).toThrow(expect.objectContaining({ action: expect.stringContaining('Settings → Applications') }));
  });

  it('says which token is missing when the app token is absent', () => {
    const runtime = createAppRuntime({
      ports: { kv: memoryKv().port, jobs: recordingJobsPort() },
      env: { TWENTY_API_URL: 'http://127.0.0.1:1' },
    });

    expect(() => runtime.crm.token('application')).toThrow(/TWENTY_APP_APPLICATION_ACCESS_TOKEN is not set/);
  });
});
