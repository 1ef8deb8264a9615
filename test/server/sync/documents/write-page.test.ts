// A page with one document whose Metakocka sums disagree with its lines: both are stored with Metakocka's figures and
// exactly that document gets a TOTALS_MISMATCH sync issue; when Metakocka's figures are right again, the issue resolves.
import { createIssueBook } from 'server/sync/issues';
import { DOCUMENTS_STREAM } from 'server/sync/documents/model/stream-name';
import { writeDocumentsPage } from 'server/sync/documents/pull/write-page';
import { document, sampleOrderWire, type WireLine } from './builders';
import { pushDeps, startDocumentsEnv, type DocumentsEnv } from './support';

describe('writeDocumentsPage', () => {
  let env: DocumentsEnv;
  beforeAll(async () => {
    env = await startDocumentsEnv({ documents: 0, partners: 2, products: 2 });
  });
  afterAll(() => env.close());

  const write = async (docs: ReturnType<typeof document>[]) => {
    const issues = createIssueBook(env.rt, DOCUMENTS_STREAM);
    await writeDocumentsPage(docs, { ...pushDeps(env), issues, dryRun: false });
    await issues.flush({ dryRun: false, resolveOpen: true });
  };
  const issues = () => [...env.rt.crm.tables.metakockaSyncIssues.rows.values()];

  it('raises a mismatch issue for exactly the perturbed document and still stores its Metakocka figures', async () => {
    const good = document({ mk_id: '500001', count_code: 'PP-1' });
    const bad = document({ mk_id: '500002', count_code: 'PP-2', sum_all: '75.65' });
    await write([good, bad]);
    expect(issues().map((i) => [i.metakockaId, i.errorCode, i.status])).toEqual([
      ['500002', 'TOTALS_MISMATCH', 'OPEN'],
    ]);
    expect(issues()[0]!.message).toMatch(/sum_all for document PP-2 .* is 75\.65 but its lines add up to 75\.64/);
    const stored = [...env.tables.documents.rows.values()].find((d) => d.metakockaId === '500002')!;
    expect(stored.grossTotal.amountMicros).toBe('75650000');
  });

  it("resolves the issue once Metakocka's figures agree with the lines again", async () => {
    await write([document({ mk_id: '500002', count_code: 'PP-2' })]);
    expect(issues().map((i) => [i.metakockaId, i.status])).toEqual([['500002', 'RESOLVED']]);
  });
});

describe('writeDocumentsPage after a write that failed half way', () => {
  let env: DocumentsEnv;
  beforeAll(async () => {
    env = await startDocumentsEnv({ documents: 0, partners: 2, products: 2 });
  });
  afterAll(() => env.close());

  it('finishes the write on the next pull and does not take its own half-written lines for a Twenty edit', async () => {
    const write = async (doc: ReturnType<typeof document>) => {
      const issues = createIssueBook(env.rt, DOCUMENTS_STREAM);
      try {
        await writeDocumentsPage([doc], { ...pushDeps(env), issues, dryRun: false, conflictPolicy: 'ask' });
      } finally {
        await issues.flush({ dryRun: false, resolveOpen: true });
      }
    };
    await write(document({ mk_id: '500010', count_code: 'PP-10' }));
    const lines = sampleOrderWire().product_list as WireLine[];
    const changed = document({
      mk_id: '500010',
      count_code: 'PP-10',
      title: 'Nova oprema',
      product_list: [{ ...lines[0], name: 'USB-C kabel 2 m' }, lines[1]],
    });
    // The documents' own upsert fails after their lines are written (Twenty unreachable, the function killed).
    const upsert = env.repos.documents.upsertMany;
    env.repos.documents.upsertMany = async (rows) =>
      rows.some((r) => r.name?.includes('Nova oprema')) ? Promise.reject(new Error('Twenty went away')) : upsert(rows);
    await expect(write(changed)).rejects.toThrow('Twenty went away');
    env.repos.documents.upsertMany = upsert;

    await write(changed);
    const stored = [...env.tables.documents.rows.values()].find((d) => d.metakockaId === '500010')!;
    expect(stored.name).toBe('PP-10 · Nova oprema');
    expect(
      [...env.tables.lines.rows.values()]
        .filter((l) => l.salesDocumentId === stored.id && !l.deletedAt)
        .map((l) => l.name)
        .sort(),
    ).toEqual(['Namestitev opreme', 'USB-C kabel 2 m']);
    expect([...env.rt.crm.tables.metakockaSyncIssues.rows.values()].filter((i) => i.kind === 'CONFLICT')).toEqual([]);
  });
});
