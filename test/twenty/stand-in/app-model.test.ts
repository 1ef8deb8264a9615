/**
 * The app's own data model, installed from the built manifest (.twenty/output/manifest.json): unique TEXT keys as
 * upsert keys (README "Upsert", a10), relations through `<name>Id` join columns with Postgres-style FK errors (b5)
 * on the custom `_<object>` tables (g6), ONE_TO_MANY selections, app fields on standard objects, record events.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { DEFAULT_MANIFEST_PATH, startStandIn, type RecordEvent, type StandIn } from './index';
import { gql } from './client';

const UPSERT_PRODUCTS =
  'mutation($data: [MetakockaProductCreateInput!]!) { createMetakockaProducts(data: $data, upsert: true) { id metakockaId name netPrice { amountMicros currencyCode } } }';

describe('app data model from the built manifest', () => {
  let standIn: StandIn;
  const events: RecordEvent[] = [];
  beforeAll(async () => {
    const building = existsSync(resolve(DEFAULT_MANIFEST_PATH, '../../build.lock')); // startStandIn waits for a running build
    if (!building && !existsSync(DEFAULT_MANIFEST_PATH))
      execFileSync('npm', ['run', 'build'], { cwd: `${__dirname}/../../..`, stdio: 'ignore' });
    standIn = await startStandIn({ rateLimit: null });
    standIn.events.on((batch) => events.push(...batch));
  }, 6 * 60_000); // other helpers rebuild the app all the time; startStandIn waits for their build lock
  afterAll(() => standIn.close());

  test('products upsert on the unique metakockaId: updated rows first, ids kept, new rows inserted', async () => {
    const first = await gql(standIn, UPSERT_PRODUCTS, {
      data: [
        { metakockaId: '100', name: 'Vijak' },
        { metakockaId: '101', name: 'Matica' },
      ],
    });
    const [vijak] = first.data!.createMetakockaProducts;
    const second = await gql(standIn, UPSERT_PRODUCTS, {
      data: [
        { metakockaId: '102', name: 'Podložka' },
        { metakockaId: '100', name: 'Vijak M8', netPrice: { amountMicros: '1250000', currencyCode: 'EUR' } },
      ],
    });
    expect(second).toEqual({
      data: {
        createMetakockaProducts: [
          {
            id: vijak.id,
            metakockaId: '100',
            name: 'Vijak M8',
            netPrice: { amountMicros: 1250000, currencyCode: 'EUR' },
          },
          {
            id: expect.any(String),
            metakockaId: '102',
            name: 'Podložka',
            netPrice: { amountMicros: null, currencyCode: null },
          },
        ],
      },
    });
    expect(standIn.store.count('metakockaProduct')).toBe(3);
  });

  test('a duplicate metakockaId without upsert fails the whole batch and names the existing record', async () => {
    const existing = standIn.store.rows('metakockaProduct').find((r) => r.metakockaId === '101')!;
    const answer = await gql(
      standIn,
      'mutation($data: [MetakockaProductCreateInput!]!) { createMetakockaProducts(data: $data) { id } }',
      {
        data: [
          { metakockaId: '900', name: 'new' },
          { metakockaId: '101', name: 'dup' },
        ],
      },
    );
    expect(answer.errors?.[0]).toMatchObject({
      message: 'A duplicate entry was detected',
      extensions: {
        conflictingRecordId: existing.id,
        conflictingObjectNameSingular: 'metakockaProduct',
        code: 'BAD_USER_INPUT',
      },
    });
    expect(standIn.store.rows('metakockaProduct').some((r) => r.metakockaId === '900')).toBe(false);
  });

  test('document lines link through salesDocumentId; the document lists its lines; unknown ids are FK errors', async () => {
    const doc = await gql(
      standIn,
      'mutation($d: [MetakockaSalesDocumentCreateInput!]!) { createMetakockaSalesDocuments(data: $d) { id } }',
      { d: [{ metakockaId: 'D-1', name: 'Offer 1' }] },
    );
    const docId = doc.data!.createMetakockaSalesDocuments[0].id;
    const product = standIn.store.rows('metakockaProduct')[0]!;
    const lines = await gql(
      standIn,
      'mutation($d: [MetakockaSalesDocumentLineCreateInput!]!) { createMetakockaSalesDocumentLines(data: $d) { metakockaRowKey salesDocument { metakockaId } product { metakockaId } } }',
      {
        d: [
          { metakockaRowKey: 'D-1:1', salesDocumentId: docId, productId: product.id, quantity: 2 },
          { metakockaRowKey: 'D-1:2', salesDocumentId: docId },
        ],
      },
    );
    expect(lines.data!.createMetakockaSalesDocumentLines).toEqual([
      {
        metakockaRowKey: 'D-1:1',
        salesDocument: { metakockaId: 'D-1' },
        product: { metakockaId: product.metakockaId },
      },
      { metakockaRowKey: 'D-1:2', salesDocument: { metakockaId: 'D-1' }, product: null },
    ]);
    const read = await gql(
      standIn,
      '{ metakockaSalesDocuments(filter: {metakockaId: {eq: "D-1"}}) { edges { node { lines(orderBy: [{metakockaRowKey: AscNullsFirst}]) { totalCount edges { node { metakockaRowKey } } } } } } }',
    );
    expect(read.data!.metakockaSalesDocuments.edges[0].node.lines).toEqual({
      totalCount: 2,
      edges: [{ node: { metakockaRowKey: 'D-1:1' } }, { node: { metakockaRowKey: 'D-1:2' } }],
    });
    const bad = await gql(
      standIn,
      'mutation($d: [MetakockaSalesDocumentLineCreateInput!]!) { createMetakockaSalesDocumentLines(data: $d) { id } }',
      { d: [{ metakockaRowKey: 'X:1', salesDocumentId: '99999999-9999-4999-8999-999999999999' }] },
    );
    expect(bad.errors?.[0]?.message).toMatch(
      /^insert or update on table "_metakockaSalesDocumentLine" violates foreign key constraint "FK_[0-9a-f]{27}"$/,
    );
    // onDelete CASCADE (manifest): destroying the document destroys its lines
    await gql(standIn, 'mutation($id: UUID!) { destroyMetakockaSalesDocument(id: $id) { id } }', { id: docId });
    expect(
      standIn.store.rows('metakockaSalesDocumentLine').filter((r) => r.metakockaRowKey?.toString().startsWith('D-1:')),
    ).toEqual([]);
  });

  test('app fields on company: SELECT values are validated, filters work, events carry before/after', async () => {
    events.length = 0;
    const bad = await gql(
      standIn,
      'mutation { createCompany(data: {name: "X", metakockaSyncStatus: "WRONG"}) { id } }',
    );
    expect(bad.errors?.[0]?.message).toMatch(
      /^Invalid value "WRONG" for field "metakockaSyncStatus". Valid values are: NOT_SYNCED, SYNCED/,
    );
    const created = await gql(
      standIn,
      'mutation { createCompany(data: {name: "Kovina d.o.o.", metakockaPartnerId: "P-7"}) { id metakockaSyncStatus } }',
    );
    const id = created.data!.createCompany.id;
    await gql(
      standIn,
      'mutation($id: UUID!) { updateCompany(id: $id, data: {metakockaSyncStatus: "SYNCED"}) { id } }',
      { id },
    );
    const found = await gql(
      standIn,
      '{ companies(filter: {metakockaPartnerId: {eq: "P-7"}}) { edges { node { id metakockaSyncStatus } } } }',
    );
    expect(found.data!.companies.edges).toEqual([{ node: { id, metakockaSyncStatus: 'SYNCED' } }]);
    expect(events.map((e) => [e.name, e.recordId, e.updatedFields])).toEqual([
      ['company.created', id, []],
      ['company.updated', id, ['metakockaSyncStatus']],
    ]);
    expect(events[1]!.before!.metakockaSyncStatus).toBe(created.data!.createCompany.metakockaSyncStatus);
  });

  test('soft-deleted rows are hidden unless the filter mentions deletedAt, and restore brings them back', async () => {
    const [row] = standIn.seed('metakockaSyncIssue', [{ issueKey: 'partners:company:1:MK_REFUSED', kind: 'ERROR' }]);
    await gql(standIn, 'mutation($id: UUID!) { deleteMetakockaSyncIssue(id: $id) { id } }', { id: row!.id });
    expect((await gql(standIn, '{ metakockaSyncIssues { totalCount } }')).data!.metakockaSyncIssues.totalCount).toBe(0);
    expect(
      (await gql(standIn, '{ metakockaSyncIssues(filter: {deletedAt: {is: NOT_NULL}}) { totalCount } }')).data!
        .metakockaSyncIssues.totalCount,
    ).toBe(1);
    await gql(
      standIn,
      'mutation { restoreMetakockaSyncIssues(filter: {issueKey: {eq: "partners:company:1:MK_REFUSED"}}) { id } }',
    );
    expect((await gql(standIn, '{ metakockaSyncIssues { totalCount } }')).data!.metakockaSyncIssues.totalCount).toBe(1);
  });
});
