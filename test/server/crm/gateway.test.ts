import { createCrm } from 'server/crm';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createCrmGateway } from 'server/crm/gateway';
import type { SyncError } from 'server/errors';
import { EXAMPLES_DIR } from 'test/contract/twenty/replayer';

type Handler = (
  body: { query: string; variables: Record<string, any> },
  headers: Record<string, string>,
) => { status?: number; json: unknown } | Promise<never>;

function fakeFetch(handler: Handler): {
  fetch: typeof fetch;
  requests: Array<{ query: string; variables: Record<string, any> }>;
} {
  const requests: Array<{ query: string; variables: Record<string, any> }> = [];
  const fn = async (_url: unknown, init?: RequestInit) => {
    const body = JSON.parse(String(init?.body));
    requests.push(body);
    const answer = await handler(body, init?.headers as Record<string, string>);
    return new Response(JSON.stringify(answer.json), {
      status: answer.status ?? 200,
      headers: { 'content-type': 'application/json' },
    });
  };
  return { fetch: fn as unknown as typeof fetch, requests };
}

const TOKEN = 'secret-app-token-123';

describe('crm gateway', () => {
  it('sends the bearer token and the document to /graphql', async () => {
    let seenUrl = '';
    let seenAuth = '';
    const fetchFn = (async (url: string, init: RequestInit) => {
      seenUrl = url;
      seenAuth = (init.headers as Record<string, string>).authorization!;
      return new Response(JSON.stringify({ data: { ok: true } }));
    }) as unknown as typeof fetch;
    const gateway = createCrmGateway({ apiUrl: 'http://127.0.0.1:9/', token: TOKEN, fetch: fetchFn });
    await expect(gateway.request('{ ok }')).resolves.toEqual({ ok: true });
    expect(seenUrl).toBe('http://127.0.0.1:9/graphql');
    expect(seenAuth).toBe(`Bearer ${TOKEN}`);
  });

  it('reports the GraphQL rate limit (HTTP 200, LIMIT_REACHED) as a retryable CRM_RATE_LIMITED error', async () => {
    const { fetch } = fakeFetch(() => ({
      json: {
        data: { companies: null },
        errors: [
          {
            message: 'Limit reached (100 tokens per 60000 ms)',
            extensions: { subCode: 'LIMIT_REACHED', code: 'BAD_USER_INPUT' },
          },
        ],
      },
    }));
    const gateway = createCrmGateway({ apiUrl: 'http://x', token: TOKEN, fetch });
    await expect(gateway.request('{ companies { totalCount } }')).rejects.toMatchObject({
      code: 'CRM_RATE_LIMITED',
      retryable: true,
    });
  });

  it('reports refused data as a permanent CRM_VALIDATION error with the subCode, never the token', async () => {
    const { fetch } = fakeFetch(() => ({
      json: {
        data: { createPeople: null },
        errors: [{ message: 'Invalid phone', extensions: { subCode: 'INVALID_PHONE_NUMBER', code: 'BAD_USER_INPUT' } }],
      },
    }));
    const gateway = createCrmGateway({ apiUrl: 'http://x', token: TOKEN, fetch });
    const error = await gateway.request('mutation { x }').catch((e: Error) => e);
    expect(error).toMatchObject({ code: 'CRM_VALIDATION', retryable: false, subCode: 'INVALID_PHONE_NUMBER' });
    expect(JSON.stringify(error) + String(error)).not.toContain(TOKEN);
  });

  it("words Twenty's upsert-matches-several-records answer (a6) from the catalogue, in English and Slovenian, without Twenty's raw text", async () => {
    const a6 = JSON.parse(readFileSync(join(EXAMPLES_DIR, 'a6-createCompanies-upsert-conflict-error.json'), 'utf8'));
    const { fetch } = fakeFetch(() => ({ json: a6.response }));
    const gateway = createCrmGateway({ apiUrl: 'http://x', token: TOKEN, fetch });
    const error = await gateway.request(a6.request.query, a6.request.variables).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'CRM_UPSERT_CONFLICT', retryable: false });
    const { message: en } = (error as SyncError).describe('en');
    const { message: sl } = (error as SyncError).describe('sl');
    expect(en).toContain('Twenty found several existing records the sync could update');
    expect(sl).toContain('Twenty je našel več obstoječih zapisov');
    for (const text of [en, sl]) expect(text).not.toMatch(/UPSERT_MULTIPLE|Multiple records found|gamma-contract/);
  });

  it('reports HTTP 5xx, 429 and network failures as retryable', async () => {
    for (const status of [502, 429]) {
      const { fetch } = fakeFetch(() => ({ status, json: {} }));
      await expect(
        createCrmGateway({ apiUrl: 'http://x', token: TOKEN, fetch }).request('{ a }'),
      ).rejects.toMatchObject({ retryable: true });
    }
    const failing = (async () => {
      throw new TypeError('fetch failed');
    }) as unknown as typeof fetch;
    await expect(
      createCrmGateway({ apiUrl: 'http://x', token: TOKEN, fetch: failing }).request('{ a }'),
    ).rejects.toMatchObject({ code: 'CRM_UNAVAILABLE', retryable: true });
  });

  it('reports an unknown root field (document-level error) as a schema mismatch', async () => {
    const { fetch } = fakeFetch(() => ({
      json: { errors: [{ message: 'Cannot query field "metakockaProducts" on type "Query".' }] },
    }));
    await expect(createCrmGateway({ apiUrl: 'http://x', token: TOKEN, fetch }).request('{ a }')).rejects.toMatchObject({
      code: 'CRM_SCHEMA',
    });
  });
});

describe('record repositories', () => {
  it('upserts 450 products in three calls of at most 200 records', async () => {
    const { fetch, requests } = fakeFetch((body) => ({
      json: {
        data: { createMetakockaProducts: body.variables.data.map((d: any, i: number) => ({ id: `id-${i}`, ...d })) },
      },
    }));
    const crm = createCrm({ apiUrl: 'http://x', token: TOKEN, fetch });
    const drafts = Array.from({ length: 450 }, (_, i) => ({ metakockaId: String(1000 + i), name: `P${i}` }));
    const written = await crm.products.upsertMany(drafts);
    expect(written).toHaveLength(450);
    expect(requests.map((r) => r.variables.data.length)).toEqual([200, 200, 50]);
    expect(requests[0]!.query).toContain('createMetakockaProducts(data: $data, upsert: true)');
  });

  it('reads by binding ids with one `in` filter per 200 ids, including soft-deleted rows when asked', async () => {
    const { fetch, requests } = fakeFetch(() => ({
      json: { data: { companies: { totalCount: 0, pageInfo: { hasNextPage: false, endCursor: null }, edges: [] } } },
    }));
    const crm = createCrm({ apiUrl: 'http://x', token: TOKEN, fetch });
    await crm.companies.findBy(
      'metakockaPartnerId',
      Array.from({ length: 401 }, (_, i) => String(i)),
      { withDeleted: true },
    );
    expect(requests).toHaveLength(3);
    expect(requests[0]!.variables.filter.and[0].metakockaPartnerId.in).toHaveLength(200);
    expect(JSON.stringify(requests[0]!.variables.filter)).toContain('deletedAt');
    expect(requests[0]!.variables.orderBy).toEqual([{ createdAt: 'AscNullsFirst' }, { id: 'AscNullsFirst' }]);
  });

  it('follows endCursor when a value list matches more than one page', async () => {
    let n = 0;
    const { fetch, requests } = fakeFetch(() => {
      n += 1;
      const node = { id: `c${n}` };
      return {
        json: {
          data: {
            people: { totalCount: 2, pageInfo: { hasNextPage: n === 1, endCursor: `cur${n}` }, edges: [{ node }] },
          },
        },
      };
    });
    const crm = createCrm({ apiUrl: 'http://x', token: TOKEN, fetch });
    const found = await crm.people.findBy('emails.primaryEmail', ['a@x.si']);
    expect(found.map((p) => p.id)).toEqual(['c1', 'c2']);
    expect(requests[1]!.variables.after).toBe('cur1');
    expect(requests[0]!.variables.filter).toEqual({ emails: { primaryEmail: { in: ['a@x.si'] } } });
  });
});
