/**
 * Rate limits and latency on a virtual clock (README "Key limits", h1/h2, APPS.md §3.4): the token bucket refills
 * floor(elapsed*burst/perMs) since the last successful call, /graphql answers 200 + LIMIT_REACHED, REST 429,
 * /metadata and user tokens are never throttled, the app token has its own 500/60 s budget.
 */
import { CAPTURED_LATENCY, startStandIn, VirtualClock, type StandIn } from './index';
import { gql, rest } from './client';

const COUNT = '{ companies(first: 1) { totalCount } }';

describe('rate limit (API key: burst 100, one token back per 600 ms of gap)', () => {
  let standIn: StandIn;
  const clock = new VirtualClock();
  beforeAll(async () => {
    standIn = await startStandIn({ manifest: null, clock });
  });
  afterAll(() => standIn.close());

  test('request 101 of a burst is throttled with the captured shape, REST gets 429, metadata still works', async () => {
    for (let i = 0; i < 100; i++) {
      clock.advance(15); // h1: 100 requests in 1.48 s; the 1 s bucket keeps up, the 60 s bucket does not
      expect((await gql(standIn, COUNT)).errors).toBeUndefined();
    }
    expect(await gql(standIn, COUNT)).toEqual({
      data: { companies: null },
      errors: [
        {
          message: 'Limit reached (100 tokens per 60000 ms)',
          extensions: {
            subCode: 'LIMIT_REACHED',
            userFriendlyMessage: 'Rate limit reached. Please try again later.',
            code: 'BAD_USER_INPUT',
          },
        },
      ],
    });
    expect(await rest(standIn, 'GET', '/rest/companies?limit=1')).toEqual({
      status: 429,
      body: { statusCode: 429, error: 'HttpException', messages: ['Limit reached (100 tokens per 60000 ms)'] },
    });
    const member = standIn.tokens.user('6a3c2a9e-1111-4111-8111-111111111111', []);
    expect(
      (await gql(standIn, '{ currentUser { id } }', undefined, { token: member, endpoint: '/metadata' })).errors,
    ).toBeUndefined();
    expect((await gql(standIn, COUNT, undefined, { token: member })).errors).toBeUndefined(); // user JWTs are not throttled (h1 notes)
  });

  test('refill counts from the last successful request: 599 ms earns nothing, 600 ms one token', async () => {
    clock.advance(599);
    expect((await gql(standIn, COUNT)).errors?.[0]?.extensions?.subCode).toBe('LIMIT_REACHED');
    clock.advance(1);
    expect((await gql(standIn, COUNT)).errors).toBeUndefined();
    clock.advance(300);
    expect((await gql(standIn, COUNT)).errors?.[0]?.extensions?.subCode).toBe('LIMIT_REACHED');
    clock.advance(300); // 600 ms since the last success
    expect((await gql(standIn, COUNT)).errors).toBeUndefined();
  });

  test('each root field costs one token', async () => {
    clock.advance(60_000); // full bucket again
    const many = `{ ${Array.from({ length: 20 }, (_, i) => `c${i}: companies(first: 1) { totalCount }`).join(' ')} }`;
    // The same root field twice is refused before anything runs (README "Key limits": duplicate root resolver).
    expect((await gql(standIn, many)).errors?.[0]?.message).toMatch(/Duplicate root resolver/);
    const distinct = `{ companies(first: 1) { totalCount } people(first: 1) { totalCount } opportunities(first: 1) { totalCount } }`;
    for (let i = 0; i < 33; i++) expect((await gql(standIn, distinct)).errors).toBeUndefined();
    const last = await gql(standIn, distinct); // 99 used: the first root field passes, the other two are throttled
    expect(last.data?.companies).toEqual({ totalCount: 0 });
    expect(last.errors?.map((e) => e.extensions?.subCode)).toEqual(['LIMIT_REACHED', 'LIMIT_REACHED']);
  });
});

describe('budgets and latency', () => {
  test('the app token has its own 500 per 60 s budget (APPS.md §3.4)', async () => {
    const clock = new VirtualClock();
    const standIn = await startStandIn({ manifest: null, clock, rateLimit: { burst: 1, perMs: 60_000 } });
    try {
      expect((await gql(standIn, COUNT)).errors).toBeUndefined();
      expect((await gql(standIn, COUNT)).errors?.[0]?.message).toBe('Limit reached (1 tokens per 60000 ms)');
      for (let i = 0; i < 500; i++)
        expect((await gql(standIn, COUNT, undefined, { token: standIn.tokens.app })).errors).toBeUndefined();
      expect((await gql(standIn, COUNT, undefined, { token: standIn.tokens.app })).errors?.[0]?.message).toBe(
        'Limit reached (500 tokens per 60000 ms)',
      );
    } finally {
      await standIn.close();
    }
  });

  test('latency is charged to the virtual clock: a fixed cost per call plus a cost per record written', async () => {
    const clock = new VirtualClock();
    const standIn = await startStandIn({ manifest: null, clock, latency: CAPTURED_LATENCY, rateLimit: null });
    try {
      const before = clock.now();
      const started = Date.now();
      const data = Array.from({ length: 50 }, (_, i) => ({ name: `Latency ${i}` }));
      await gql(standIn, 'mutation($data: [CompanyCreateInput!]!) { createCompanies(data: $data) { id } }', { data });
      expect(clock.now() - before).toBe(CAPTURED_LATENCY.perCallMs + 50 * CAPTURED_LATENCY.perRecordMs);
      await gql(standIn, COUNT);
      expect(clock.now() - before).toBe(2 * CAPTURED_LATENCY.perCallMs + 50 * CAPTURED_LATENCY.perRecordMs);
      expect(Date.now() - started).toBeLessThan(2000); // no real waiting
    } finally {
      await standIn.close();
    }
  });

  test('a configurable batch cap refuses the whole batch', async () => {
    const standIn = await startStandIn({ manifest: null, batchCap: 5, rateLimit: null });
    try {
      const data = Array.from({ length: 6 }, (_, i) => ({ name: `Cap ${i}` }));
      const answer = await gql(
        standIn,
        'mutation($data: [CompanyCreateInput!]!) { createCompanies(data: $data) { id } }',
        { data },
      );
      expect(answer.errors?.[0]).toMatchObject({
        message: 'Maximum number of records to upsert is 5.',
        extensions: { subCode: 'TOO_MANY_RECORDS_TO_UPDATE' },
      });
      expect(standIn.store.count('company')).toBe(0);
    } finally {
      await standIn.close();
    }
  });
});
