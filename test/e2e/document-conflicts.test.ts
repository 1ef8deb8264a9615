// A bound sales document edited in Twenty whose Metakocka version changed too follows the documents conflict policy
// (issue 12 item 7), end to end: the built functions in the harness, the Twenty stand-in, the Metakocka sandbox.
// Before, the pull overwrote the Twenty edit, lines included, whatever the policy.
import { createDocumentRepos } from 'server/crm/sales-documents';
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { ljubljanaDateOf } from 'server/metakocka/values';
import { dec } from 'test/sandbox';
import { MANAGER } from './sync-world';
import { useSyncWorld } from './use-sync-world';

const world = useSyncWorld({ partners: 6, products: 10, documents: 12 });

const documentRow = (mkId: string) =>
  world()
    .rows('metakockaSalesDocument')
    .find((d) => d.metakockaId === mkId)!;
const firstLine = (documentId: string) =>
  world()
    .rows('metakockaSalesDocumentLine')
    .filter((l) => l.salesDocumentId === documentId)
    .sort((a, b) => a.lineNumber - b.lineNumber)[0]!;
const conflicts = () =>
  world()
    .rows('metakockaSyncIssue')
    .filter((i) => i.kind === 'CONFLICT' && i.status === 'OPEN');

/** Two offers pulled into Twenty (a small company's offers are all read again on every run). */
async function pulledOffers() {
  expect((await world().sync({ streams: ['partners', 'products', 'documents'] })).jobs.failed).toBe(0);
  const [edited, untouched] = world()
    .sandbox.store.documents.byType('sales_offer')
    .filter((d) => d.lines.length > 0);
  return { edited: edited!, untouched: untouched! };
}

/** A user renames the document and changes its first line's quantity in Twenty. */
async function editInTwenty(mkId: string) {
  const repos = createDocumentRepos(world.user().gateway);
  const row = documentRow(mkId);
  await repos.documents.upsertMany([{ id: row.id, name: 'Ponudba, popravljena v Twenty' }]);
  await repos.lines.upsertMany([{ id: firstLine(row.id).id, quantity: 7 }]);
  return row.id;
}

/** The same offer changes in Metakocka: its first line's quantity and its title. */
function changeInMetakocka(mkId: string, title: string) {
  const doc = world().sandbox.store.documents.get(mkId)!;
  doc.lines[0]!.amount = dec('5');
  doc.head.title = title;
  world().sandbox.store.touchDocument(mkId);
}

async function saveDocumentPolicy(policy: string) {
  const saved = await world().harness.route(`/s${SYNC_ROUTES.settingsSave}`, {
    method: 'POST',
    body: { conflicts: { documents: policy } },
    as: MANAGER,
  });
  expect(saved.status).toBe(200);
}

/** Under the given documents policy (else the default), an offer pulled, then edited in Twenty and changed in Metakocka. */
async function changedOnBothSides(policy?: string) {
  if (policy) await saveDocumentPolicy(policy);
  const offers = await pulledOffers();
  const id = await editInTwenty(offers.edited.mkId);
  changeInMetakocka(offers.edited.mkId, 'Naslov iz Metakocke');
  return { ...offers, id };
}
const resolve = (issueId: string, keep: 'twenty' | 'metakocka') =>
  world().harness.route(`/s${SYNC_ROUTES.resolveConflict}`, { method: 'POST', body: { issueId, keep }, as: MANAGER });

describe('a sales document changed in both Twenty and Metakocka', () => {
  it('under "ask" (the default) keeps the Twenty edit and raises one conflict with both values; keeping Twenty pushes it', async () => {
    const { edited, untouched, id } = await changedOnBothSides();
    changeInMetakocka(untouched.mkId, 'Samo v Metakocki');
    expect((await world().sync({ streams: ['documents'] })).jobs.failed).toBe(0);

    expect(documentRow(edited.mkId).name).toBe('Ponudba, popravljena v Twenty');
    expect(Number(firstLine(id).quantity)).toBe(7);
    expect(documentRow(untouched.mkId).name).toContain('Samo v Metakocki'); // not edited in Twenty: Metakocka's version lands
    expect(Number(firstLine(documentRow(untouched.mkId).id).quantity)).toBe(5);
    expect(conflicts()).toHaveLength(1);
    const [conflict] = conflicts();
    expect(conflict).toMatchObject({
      recordObject: 'metakockaSalesDocument',
      recordId: id,
      metakockaId: edited.mkId,
      conflictField: 'document',
    });
    expect(conflict!.message).toMatch(/differs in "name", .*"grossTotal".*"lines"/); // Metakocka's totals moved with its line
    expect(JSON.parse(conflict!.twentyValue)).toMatchObject({
      name: 'Ponudba, popravljena v Twenty',
      lines: expect.arrayContaining([expect.stringMatching(/^7 × /)]),
    });
    expect(JSON.parse(conflict!.metakockaValue)).toMatchObject({
      name: expect.stringContaining('Naslov iz Metakocke'),
      lines: expect.arrayContaining([expect.stringMatching(/^5 × /)]),
    });

    expect((await world().sync({ streams: ['documents'] })).jobs.failed).toBe(0);
    expect(Number(firstLine(id).quantity)).toBe(7); // still the user's, still one conflict
    expect(conflicts()).toHaveLength(1);

    const reply = await resolve(conflict!.id, 'twenty');
    expect(reply.status).toBe(200);
    expect(world().sandbox.store.documents.get(edited.mkId)!.lines[0]!.amount).toBe(dec('7'));
    expect(conflicts()).toEqual([]);
    expect((await world().sync({ streams: ['documents'] })).jobs.failed).toBe(0);
    expect(conflicts()).toEqual([]);
    expect(Number(firstLine(documentRow(edited.mkId).id).quantity)).toBe(7);
  });

  it("keeping Metakocka through the resolve route writes Metakocka's version over the Twenty edit", async () => {
    const { edited, id } = await changedOnBothSides();
    await world().sync({ streams: ['documents'] });
    const [conflict] = conflicts();
    expect((await resolve(conflict!.id, 'metakocka')).status).toBe(200);
    expect(documentRow(edited.mkId).name).toContain('Naslov iz Metakocke');
    expect(Number(firstLine(id).quantity)).toBe(5);
    expect((await world().sync({ streams: ['documents'] })).jobs.failed).toBe(0);
    expect(conflicts()).toEqual([]);
  });

  it('under "metakocka-wins" writes Metakocka\'s version, lines included, and raises no conflict', async () => {
    const { edited, id } = await changedOnBothSides('metakocka-wins');
    expect((await world().sync({ streams: ['documents'] })).jobs.failed).toBe(0);
    expect(documentRow(edited.mkId).name).toContain('Naslov iz Metakocke');
    expect(Number(firstLine(id).quantity)).toBe(5);
    expect(conflicts()).toEqual([]);
  });

  it('under "twenty-wins" keeps the Twenty edit and sends it to Metakocka', async () => {
    const { edited, id } = await changedOnBothSides('twenty-wins');
    expect((await world().sync({ streams: ['documents'] })).jobs.failed).toBe(0);
    expect(world().sandbox.store.documents.get(edited.mkId)!.lines[0]!.amount).toBe(dec('7'));
    expect(Number(firstLine(documentRow(edited.mkId).id).quantity)).toBe(7);
    expect(conflicts()).toEqual([]);
    expect(
      world()
        .rows('metakockaSyncIssue')
        .filter((i) => i.status === 'OPEN' && i.recordId === id),
    ).toEqual([]);
  });

  it('under "twenty-wins" leaves an edited invoice as Twenty has it and says why it could not be sent', async () => {
    await saveDocumentPolicy('twenty-wins');
    const invoice = world()
      .sandbox.store.documents.list()
      .find((d) => d.docType === 'sales_bill_domestic' && d.lines.length > 0)!;
    invoice.docDate = ljubljanaDateOf(new Date(world().harness.now())).date; // inside the next run's document-date window
    await pulledOffers();
    const id = await editInTwenty(invoice.mkId);
    changeInMetakocka(invoice.mkId, 'Naslov iz Metakocke');
    expect((await world().sync({ streams: ['documents'] })).jobs.failed).toBe(0);
    expect(documentRow(invoice.mkId).name).toBe('Ponudba, popravljena v Twenty');
    expect(Number(firstLine(id).quantity)).toBe(7);
    expect(world().sandbox.store.documents.get(invoice.mkId)!.lines[0]!.amount).toBe(dec('5'));
    const issue = world()
      .rows('metakockaSyncIssue')
      .find((i) => i.status === 'OPEN' && i.recordId === id)!;
    expect(issue).toMatchObject({ errorCode: 'DOCUMENT_KEPT_NOT_SENT', metakockaId: invoice.mkId });
    expect(issue.message).toMatch(/twenty-wins.*only offers and orders are sent from Twenty/);
  });
});
