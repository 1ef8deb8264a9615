/**
 * Focused rules of the core API beyond the replay: REST paths (APPS.md §8), `in: []` (README "Queries and paging"),
 * the 20-root-field limit and duplicate roots (README "Key limits"), unknown ids, paging over a large table,
 * SQL three-valued `not` (d5), phone/URL normalisation (u4, a11) and the Links query-string rule.
 */
import { startStandIn, type StandIn } from './index';
import { gql, rest } from './client';

describe('core API rules', () => {
  let standIn: StandIn;
  beforeAll(async () => {
    standIn = await startStandIn({ manifest: null, rateLimit: null });
  });
  afterAll(() => standIn.close());

  test('REST: create, read, list with filter/order/limit, patch, batch, delete', async () => {
    const created = await rest(standIn, 'POST', '/rest/companies', {
      name: 'Rest One',
      domainName: { primaryLinkUrl: 'https://Rest-One.example.com/' },
    });
    expect(created.status).toBe(201);
    const id = created.body.data.createCompany.id;
    expect(created.body.data.createCompany.domainName.primaryLinkUrl).toBe('https://rest-one.example.com');
    expect((await rest(standIn, 'GET', `/rest/companies/${id}`)).body.data.company.name).toBe('Rest One');
    const batch = await rest(standIn, 'POST', '/rest/batch/companies', [{ name: 'Rest Two' }, { name: 'Rest Three' }]);
    expect(batch.body.data.createCompanies.map((c: { name: string }) => c.name)).toEqual(['Rest Two', 'Rest Three']);
    const list = await rest(
      standIn,
      'GET',
      `/rest/companies?filter=${encodeURIComponent('name[startsWith]:"Rest T"')}&order_by=name[DescNullsLast]&limit=1`,
    );
    expect(list.body).toMatchObject({
      data: { companies: [{ name: 'Rest Two' }] },
      totalCount: 2,
      pageInfo: { hasNextPage: true },
    });
    const patched = await rest(standIn, 'PATCH', `/rest/companies/${id}`, { name: 'Rest Uno' });
    expect(patched.body.data.updateCompany.name).toBe('Rest Uno');
    expect((await rest(standIn, 'PATCH', `/rest/companies/${id}`, { bogus: 1 })).status).toBe(400);
    expect((await rest(standIn, 'DELETE', `/rest/companies/${id}`)).status).toBe(200);
    expect((await rest(standIn, 'GET', `/rest/companies/${id}`)).status).toBe(404);
    expect((await rest(standIn, 'GET', '/rest/companies', undefined, 'wrong')).status).toBe(401);
  });

  test('`in: []` is refused with INVALID_QUERY_INPUT', async () => {
    const answer = await gql(standIn, '{ companies(filter: {id: {in: []}}) { totalCount } }');
    expect(answer.errors?.[0]?.extensions).toMatchObject({ subCode: 'INVALID_QUERY_INPUT', code: 'BAD_USER_INPUT' });
  });

  test('more than 20 root fields, or one root field twice under aliases, is refused before anything runs', async () => {
    const plurals = ['Companies', 'People', 'Opportunities', 'Notes', 'Tasks', 'NoteTargets', 'TaskTargets'];
    const roots = ['create', 'update', 'delete'].flatMap((verb) =>
      plurals.map((p) => `${verb}${p}(${verb === 'create' ? 'data: [{}]' : 'filter: {}, data: {}'}) { id }`),
    );
    roots.push('destroyCompanies(filter: {}) { id }');
    expect(roots).toHaveLength(22);
    // Twenty's own guards answer {data:{}, errors:[{message, extensions:{code}}]}: recorded for the duplicate root (g9,
    // contract/server-config.json); the count refusal follows it (not recorded).
    const refused = await gql(standIn, `mutation { ${roots.slice(0, 21).join(' ')} }`);
    expect(refused).toEqual({
      data: {},
      errors: [
        { message: expect.stringMatching(/too many root resolvers \(21\)/), extensions: { code: 'BAD_USER_INPUT' } },
      ],
    });
    expect(standIn.store.count('note')).toBe(0); // nothing ran
    const dup = await gql(standIn, '{ a: companies { totalCount } b: companies { totalCount } }');
    expect(dup).toEqual({
      data: {},
      errors: [{ message: 'Duplicate root resolver: "companies"', extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });

  test("graphql-js's own parse and validation errors keep their shape: message and locations, no data, no extensions (g8a, g8b)", async () => {
    expect(await gql(standIn, '{ companies(first: 1) { totalCount ')).toEqual({
      errors: [{ message: 'Syntax Error: Expected Name, found <EOF>.', locations: [{ line: 1, column: 36 }] }],
    });
    expect(await gql(standIn, '{ notARootField { id } }')).toEqual({
      errors: [{ message: 'Cannot query field "notARootField" on type "Query".', locations: [{ line: 1, column: 3 }] }],
    });
  });

  test('a one-to-many relation nested in another one-to-many relation is refused before anything runs, in the guard shape', async () => {
    const company: any = (await gql(standIn, 'mutation { createCompany(data: {name: "Gnezdo d.o.o."}) { id } }')).data!
      .createCompany;
    await gql(standIn, `mutation { createPerson(data: {companyId: "${company.id}"}) { id } }`);
    const nested =
      '{ companies { edges { node { people { edges { node { ...P } } } } } } } fragment P on Person { id noteTargets { totalCount } }';
    expect(await gql(standIn, nested)).toEqual({
      data: {},
      errors: [
        {
          message:
            'Query complexity is too high. One-to-Many relation cannot be nested in another One-to-Many relation.',
          extensions: { code: 'BAD_USER_INPUT' },
        },
      ],
    });
    // One level of one-to-many, and many-to-one inside it, still run.
    const ok: any = await gql(
      standIn,
      '{ companies { edges { node { people { edges { node { id company { name } } } } } } } }',
    );
    expect(ok.errors).toBeUndefined();
    expect(ok.data.companies.edges.some((e: any) => e.node.people.edges.length === 1)).toBe(true);
  });

  test('paging through 1,000 rows by name returns each row exactly once', async () => {
    standIn.seed(
      'company',
      Array.from({ length: 1000 }, (_, i) => ({ name: `Page ${String(i % 97).padStart(2, '0')}` })),
    );
    const seen = new Set<string>();
    let after: string | null = null;
    for (;;) {
      const answer: any = await gql(
        standIn,
        'query($after: String) { companies(first: 150, after: $after, filter: {name: {startsWith: "Page "}}, orderBy: [{name: AscNullsFirst}]) { totalCount pageInfo { hasNextPage endCursor } edges { node { id name } } } }',
        { after },
      );
      const conn = answer.data.companies;
      expect(conn.totalCount).toBe(1000);
      for (const e of conn.edges) seen.add(e.node.id);
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen.size).toBe(1000);
  });

  test('phones are split from international format and additionalPhones reset on update (u4); local numbers need a country (u5)', async () => {
    const created = await gql(
      standIn,
      'mutation { createPerson(data: {name: {firstName: "Ana"}, phones: {primaryPhoneNumber: "+385 91 234 5678"}}) { id phones { primaryPhoneNumber primaryPhoneCountryCode primaryPhoneCallingCode } } }',
    );
    expect(created.data!.createPerson.phones).toEqual({
      primaryPhoneNumber: '912345678',
      primaryPhoneCountryCode: 'HR',
      primaryPhoneCallingCode: '+385',
    });
    const refused = await gql(
      standIn,
      'mutation($id: UUID!) { updatePerson(id: $id, data: {phones: {primaryPhoneNumber: "041234567"}}) { id } }',
      { id: created.data!.createPerson.id },
    );
    expect(refused.errors?.[0]?.extensions?.subCode).toBe('INVALID_PHONE_NUMBER');
  });

  test('absolute URLs keep origin + path only: a query string is dropped (README "Server-side normalisation")', async () => {
    const answer = await gql(
      standIn,
      'mutation { createCompany(data: {name: "Q", linkedinLink: {primaryLinkUrl: "HTTPS://Example.com/doc/7/?print=1#top"}}) { linkedinLink { primaryLinkUrl } } }',
    );
    expect(answer.data!.createCompany.linkedinLink.primaryLinkUrl).toBe('https://example.com/doc/7');
  });

  test('unknown id on update/delete/destroy/restore is NOT_FOUND; updateXs matching nothing is []', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    for (const op of ['deleteCompany', 'destroyCompany', 'restoreCompany']) {
      const answer = await gql(standIn, `mutation($id: UUID!) { ${op}(id: $id) { id } }`, { id: none });
      expect([op, answer.errors?.[0]?.extensions?.subCode]).toEqual([op, 'RECORD_NOT_FOUND']);
    }
    expect(
      await gql(standIn, 'mutation { updateCompanies(filter: {name: {eq: "nobody"}}, data: {name: "x"}) { id } }'),
    ).toEqual({ data: { updateCompanies: [] } });
  });
});

describe('upsert batches', () => {
  let standIn: StandIn;
  beforeAll(async () => {
    standIn = await startStandIn({ manifest: null, rateLimit: null });
  });
  afterAll(() => standIn.close());
  const UPSERT =
    'mutation($d: [PersonCreateInput!]!) { createPeople(data: $d, upsert: true) { id emails { primaryEmail } createdAt updatedAt deletedAt } }';

  test('two new records with the same unique value in one batch are both inserts and fail as a duplicate; nothing is written', async () => {
    const answer = await gql(standIn, UPSERT, {
      d: [{ emails: { primaryEmail: 'same@example.com' } }, { emails: { primaryEmail: 'SAME@example.com' } }],
    });
    expect(answer.errors?.[0]?.message).toBe('A duplicate entry was detected');
    expect(answer.errors?.[0]?.extensions?.userFriendlyMessage).toBe(
      'This Emails value is already in use. Please check your data and try again.',
    );
    expect(standIn.store.count('person', { withDeleted: true })).toBe(0);
  });

  test('a new record has createdAt == updatedAt; an upsert onto a soft-deleted row restores it and keeps its id', async () => {
    const [created] = (await gql(standIn, UPSERT, { d: [{ emails: { primaryEmail: 'ana@example.com' } }] })).data!
      .createPeople;
    expect(created.createdAt).toBe(created.updatedAt);
    await gql(standIn, 'mutation($id: UUID!) { deletePerson(id: $id) { id } }', { id: created.id });
    const [again] = (await gql(standIn, UPSERT, { d: [{ emails: { primaryEmail: 'Ana@Example.com' } }] })).data!
      .createPeople;
    expect(again).toMatchObject({ id: created.id, deletedAt: null, emails: { primaryEmail: 'ana@example.com' } });
  });

  test('declared variable defaults apply when the variable is not sent', async () => {
    const answer = await gql(standIn, 'query($n: Int = 0) { people(first: $n) { totalCount edges { node { id } } } }');
    expect(answer.data!.people).toEqual({ totalCount: 1, edges: [] });
  });
});
